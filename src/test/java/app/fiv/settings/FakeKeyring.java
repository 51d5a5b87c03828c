package app.fiv.settings;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

/** An in-memory stand-in for the OS keyring that can also fail or hang like a real one. */
final class FakeKeyring implements Keychain.Opener {

    final Map<String, String> secrets = new ConcurrentHashMap<>();
    final AtomicInteger opens = new AtomicInteger();
    final AtomicInteger closes = new AtomicInteger();
    /** Thrown by every keyring call once set. */
    volatile Throwable failure;
    /** Makes every keyring call wait until released, ignoring interrupts, like a D-Bus peer that never answers. */
    volatile CountDownLatch hang;

    @Override
    public Keychain open() {
        opens.incrementAndGet();
        return new Keychain() {
            @Override
            public Optional<String> get(String service, String account) throws Exception {
                misbehave();
                return Optional.ofNullable(secrets.get(service + "/" + account));
            }

            @Override
            public void set(String service, String account, String secret) throws Exception {
                misbehave();
                secrets.put(service + "/" + account, secret);
            }

            @Override
            public void delete(String service, String account) throws Exception {
                misbehave();
                secrets.remove(service + "/" + account);
            }

            @Override
            public String kind() {
                return "Fake Keyring";
            }

            @Override
            public void close() {
                closes.incrementAndGet();
            }
        };
    }

    private void misbehave() throws Exception {
        CountDownLatch latch = hang;
        while (latch != null && latch.getCount() > 0) {
            try {
                latch.await();
            } catch (InterruptedException e) {
                // Like a blocking socket read: an interrupt does not end the wait.
            }
        }
        Throwable t = failure;
        if (t instanceof Exception e) {
            throw e;
        }
        if (t instanceof Error e) {
            throw e;
        }
    }
}
