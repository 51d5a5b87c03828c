package app.fiv.testing;

import java.lang.ref.WeakReference;

/** Whether an object can be garbage collected once the test has dropped its own references: a leak check. */
public final class Collectable {
    private Collectable() {
    }

    /** Asks for collections for up to about two seconds; true once the object is gone. */
    public static boolean isCollected(WeakReference<?> reference) {
        for (int i = 0; i < 40 && reference.get() != null; i++) {
            System.gc();
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return reference.get() == null;
    }
}
