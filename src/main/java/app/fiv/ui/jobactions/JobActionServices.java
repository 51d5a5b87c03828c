package app.fiv.ui.jobactions;

import app.fiv.jobs.JobActions;
import app.fiv.ui.common.Notices;
import app.fiv.ui.task.TaskExecutor;

/**
 * What every view that acts on a job shares: the session, the executor, the status bar, what
 * servers lack, one resubmit action and one Command Center link. One per window.
 */
public final class JobActionServices {
    private final SessionAccess session;
    private final TaskExecutor executor;
    private final Notices notices;
    private final JobActions actions = new JobActions();
    private final ServerFeatures features = new ServerFeatures();
    private final ResubmitAction resubmit;
    private final CommandCenterLink commandCenter;

    public JobActionServices(SessionAccess session, TaskExecutor executor, Notices notices) {
        this.session = session;
        this.executor = executor;
        this.notices = notices;
        this.resubmit = new ResubmitAction(session, actions, executor, notices, features);
        this.commandCenter = new CommandCenterLink(notices);
    }

    public SessionAccess session() {
        return session;
    }

    public TaskExecutor executor() {
        return executor;
    }

    public Notices notices() {
        return notices;
    }

    public JobActions actions() {
        return actions;
    }

    public ServerFeatures features() {
        return features;
    }

    public ResubmitAction resubmit() {
        return resubmit;
    }

    public CommandCenterLink commandCenter() {
        return commandCenter;
    }
}
