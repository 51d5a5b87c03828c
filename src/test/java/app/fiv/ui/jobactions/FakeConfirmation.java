package app.fiv.ui.jobactions;

import java.util.ArrayList;
import java.util.List;

/** Answers every resubmit question as the test says, and records which jobs it was asked about. */
public final class FakeConfirmation implements ResubmitConfirmation {
    private final List<ResubmitTarget> asked = new ArrayList<>();
    private boolean answer;

    public FakeConfirmation answer(boolean yes) {
        this.answer = yes;
        return this;
    }

    @Override
    public boolean confirm(ResubmitTarget target) {
        asked.add(target);
        return answer;
    }

    public List<ResubmitTarget> asked() {
        return asked;
    }
}
