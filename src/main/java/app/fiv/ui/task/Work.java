package app.fiv.ui.task;

/** Work that runs off the FX thread; it must not touch any UI property. */
@FunctionalInterface
public interface Work<T, P> {
    T run(TaskContext<P> context) throws Exception;
}
