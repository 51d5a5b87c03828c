package app.fiv.joblist;

import app.fiv.api.ApiException;
import app.fiv.api.CancelSignal;
import app.fiv.api.ClientEntity;
import app.fiv.api.JobListQuery;
import app.fiv.api.JobSummary;
import app.fiv.session.SessionKeeper;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Lists a CommServe's finished jobs, page by page ({@link PagingLoop}, a few pages asked for at
 * once), each job once, newest end time first. Every page goes through the session's keeper, so an expired token is renewed the
 * same way as for a job's fetch, for the window and the command line alike. Blocks; runs on a
 * worker thread, and stops at once when cancelled.
 */
public final class JobLister {
    /** Told after each page, from the listing thread. */
    @FunctionalInterface
    public interface Progress {
        Progress NONE = (listed, total) -> { };

        /** @param total what the CommServe says there are, or -1 when it does not say */
        void listed(int listed, long total);
    }

    /** Pages asked for at once: the one being read and two ahead. */
    public static final int PAGES_AT_ONCE = 3;

    private final Clock clock;
    private final int pagesAtOnce;

    public JobLister() {
        this(Clock.systemUTC());
    }

    public JobLister(Clock clock) {
        this(clock, PAGES_AT_ONCE);
    }

    /** @param pagesAtOnce how many pages may be asked for at once; 1 asks for one after the other */
    public JobLister(Clock clock, int pagesAtOnce) {
        if (pagesAtOnce < 1) {
            throw new IllegalArgumentException("at least one page at once: " + pagesAtOnce);
        }
        this.clock = clock;
        this.pagesAtOnce = pagesAtOnce;
    }

    /** Every job of one query. */
    public JobListing list(SessionKeeper keeper, JobListQuery query, Progress progress, CancelSignal cancel)
            throws ApiException {
        Instant asked = clock.instant();
        return listing(read(pages(keeper, query, cancel), progress, cancel), asked);
    }

    /** Every job of one query from the given pages (a CommServe, or a test's). */
    public JobListing list(JobPages pages, Progress progress, CancelSignal cancel) throws ApiException {
        Instant asked = clock.instant();
        return listing(read(pages, progress, cancel), asked);
    }

    /**
     * The jobs a filter keeps. Named clients are looked up ({@code GET Client}) and, when every
     * name is found, only their jobs are asked for; a name the CommServe does not list (a client
     * since removed still has its jobs) or a client list that cannot be read means asking for
     * every client's jobs and keeping those of the names.
     */
    public FilteredJobs list(SessionKeeper keeper, JobListFilter filter, Progress progress, CancelSignal cancel)
            throws ApiException {
        Instant asked = clock.instant();
        if (filter.clients().isEmpty()) {
            return kept(listing(read(pages(keeper, filter.query(), cancel), progress, cancel), asked), filter,
                    ClientLookup.NONE);
        }
        ClientLookup lookup = ClientLookup.of(keeper, filter.clients(), cancel);
        if (!lookup.allFound(filter.clients())) {
            return kept(listing(read(pages(keeper, filter.query(), cancel), progress, cancel), asked), filter, lookup);
        }
        Map<Long, JobSummary> merged = new LinkedHashMap<>();
        long total = 0;
        boolean complete = true;
        for (long clientId : lookup.ids()) {
            int before = merged.size();
            PagingLoop loop = read(pages(keeper, filter.query().forClient(clientId), cancel),
                    (listed, reported) -> progress.listed(before + listed, -1), cancel);
            loop.jobs().forEach(job -> merged.putIfAbsent(job.jobId(), job));
            total = loop.reportedTotal() < 0 || total < 0 ? -1 : total + loop.reportedTotal();
            complete &= loop.complete();
        }
        return kept(ordered(merged.values(), total, complete, asked), filter, lookup);
    }

    private static JobPages pages(SessionKeeper keeper, JobListQuery query, CancelSignal cancel) {
        return (offset, limit) -> keeper.call((client, session) -> client.jobs(session, query, offset, limit, cancel),
                cancel);
    }

    private PagingLoop read(JobPages pages, Progress progress, CancelSignal cancel) throws ApiException {
        return new PagingLoop(pagesAtOnce).run(pages, progress, cancel);
    }

    private static JobListing listing(PagingLoop loop, Instant asked) {
        return ordered(loop.jobs(), loop.reportedTotal(), loop.complete(), asked);
    }

    private static JobListing ordered(Collection<JobSummary> jobs, long total, boolean complete, Instant asked) {
        List<JobSummary> sorted = new ArrayList<>(jobs);
        sorted.sort(JobOrder.NEWEST_END_FIRST);
        return new JobListing(sorted, total, complete, asked);
    }

    private static FilteredJobs kept(JobListing listing, JobListFilter filter, ClientLookup lookup) {
        Predicate<JobSummary> keep = filter.keeping(lookup.ids());
        List<JobSummary> kept = listing.jobs().stream().filter(keep).toList();
        List<String> unknown = filter.clients().stream().filter(name -> !lookup.known(name)
                && listing.jobs().stream().noneMatch(job -> name.equalsIgnoreCase(job.clientName().strip()))).toList();
        return new FilteredJobs(listing, kept, unknown, lookup.problem());
    }

    /** What {@code GET Client} said about the named clients: their IDs, by name. */
    private record ClientLookup(Map<String, Set<Long>> idsByName, Optional<String> problem) {
        static final ClientLookup NONE = new ClientLookup(Map.of(), Optional.empty());

        static ClientLookup of(SessionKeeper keeper, List<String> names, CancelSignal cancel) throws ApiException {
            List<ClientEntity> clients;
            try {
                clients = keeper.call((client, session) -> client.clients(session, cancel), cancel);
            } catch (ApiException e) {
                if (e.kind() == ApiException.Kind.NETWORK || e.isSessionRejected()) {
                    throw e;
                }
                return new ClientLookup(Map.of(), Optional.of(e.getMessage()));
            }
            Map<String, Set<Long>> ids = new LinkedHashMap<>();
            for (String name : names) {
                Set<Long> named = new LinkedHashSet<>();
                clients.stream().filter(client -> client.isNamed(name)).forEach(client -> named.add(client.clientId()));
                if (!named.isEmpty()) {
                    ids.put(name, named);
                }
            }
            return new ClientLookup(ids, Optional.empty());
        }

        boolean allFound(List<String> names) {
            return problem.isEmpty() && idsByName.keySet().containsAll(names);
        }

        boolean known(String name) {
            return idsByName.containsKey(name);
        }

        Set<Long> ids() {
            Set<Long> all = new LinkedHashSet<>();
            idsByName.values().forEach(all::addAll);
            return all;
        }
    }
}
