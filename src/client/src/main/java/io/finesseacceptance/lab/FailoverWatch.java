package io.finesseacceptance.lab;

import io.finesseacceptance.agent.AgentDesk;
import io.finesseacceptance.notify.FinesseUserPresence;
import io.finesseacceptance.notify.NotificationFeed;
import io.finesseacceptance.notify.SystemStatusUpdate;
import io.finesseacceptance.notify.XmppSession;
import io.finesseacceptance.rest.ExchangeListener;
import io.finesseacceptance.rest.HttpExchange;
import io.finesseacceptance.settings.Side;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Watches both sides for the guide's failure signals (docs/finesse-contract.md §20) and moves the agents of a
 * side that fails to the other side, as desktops fail over: a 503 from its REST API, a SystemInfo Update other
 * than IN_SERVICE, the {@code finesse} user going UNAVAILABLE, or its notification service refusing a
 * session that tries to come back. A SystemInfo IN_SERVICE Update lets new desks go to the side again.
 */
final class FailoverWatch implements ExchangeListener, SessionObserver, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(FailoverWatch.class);

    private final ExecutorService mover = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "finesse-failover");
        thread.setDaemon(true);
        return thread;
    });
    private volatile FinesseDeployment deployment;

    void watch(FinesseDeployment watched) {
        this.deployment = watched;
        watched.checkedSides().forEach(side -> side.lab().observeSessions(this));
    }

    /** On the requesting thread, so that a request answered 503 can be sent again on the other side at once. */
    @Override
    public void exchanged(HttpExchange exchange) {
        FinesseDeployment watched = deployment;
        if (watched == null || exchange.status() != 503) {
            return;
        }
        sideOf(watched, exchange.url()).ifPresent(side -> failOver(watched, side, "its REST API answered 503 Service"
                + " Unavailable to " + exchange.method() + " " + exchange.url()));
    }

    @Override
    public void opened(FinesseLab lab, XmppSession session, NotificationFeed feed) {
        Side side = lab.side();
        feed.onLand(notification -> {
            Optional<String> maintenance = SystemStatusUpdate.maintenanceMode(notification);
            if (maintenance.filter("IN_PROGRESS"::equals).isPresent()) {
                // a desktop reloads onto the alternate node; staying would keep the maintenance from completing
                mover.execute(() -> {
                    failOver(deployment, side, "maintenance mode IN_PROGRESS on it");
                    if (deployment.failover(side.other()).isEmpty()) {
                        lab.leave();
                    }
                });
                return;
            }
            SystemStatusUpdate.status(notification).ifPresent(status -> {
                if ("IN_SERVICE".equals(status) && maintenance.isEmpty()) {
                    deployment.recovered(side);
                } else if (!"IN_SERVICE".equals(status)) {
                    later(side, "a SystemInfo Update said " + status + " (" + notification.summary() + ")");
                }
            });
        });
        feed.onStillDown(cause -> later(side, "its notification service dropped agent " + feed.agentId()
                + "'s session and refuses it back (" + cause + ")"));
        session.finessePresence().onChange(seen -> {
            if (seen == FinesseUserPresence.Seen.UNAVAILABLE) {
                later(side, "the notification service shows the 'finesse' user UNAVAILABLE");
            }
        });
    }

    private void later(Side side, String why) {
        mover.execute(() -> failOver(deployment, side, why));
    }

    private static synchronized void failOver(FinesseDeployment watched, Side side, String why) {
        if (!watched.twoSides() || watched.failover(side).isPresent()) {
            return;
        }
        watched.failedOver(side, why);
        Side other = side.other();
        if (watched.failover(other).isPresent() || !watched.side(other).inServiceNow()) {
            LOG.warn("The {} side is out ({}) and so is the {} side: its agents stay and wait for IN_SERVICE",
                    side.label(), why, other.label());
            return;
        }
        String because = "the " + side.label() + " side failed over: " + why;
        for (AgentDesk desk : watched.side(side).desks()) {
            try {
                desk.moveTo(watched.deskOn(desk.account(), other), because);
            } catch (RuntimeException unreachable) {
                LOG.error("Agent {}: could not move to the {} side: {}", desk.id(), other.label(),
                        unreachable.getMessage());
            }
        }
        LOG.warn("{}; its agents {} continue on the {} side", because, watched.side(side).desks().stream()
                .map(AgentDesk::id).toList(), other.label());
    }

    private static Optional<Side> sideOf(FinesseDeployment watched, String url) {
        String lower = url.toLowerCase(Locale.ROOT);
        return watched.checkedSides().stream().map(FinesseDeployment.CheckedSide::lab)
                .filter(lab -> lower.startsWith(lab.settings().apiRoot().toString().toLowerCase(Locale.ROOT)))
                .map(FinesseLab::side).findFirst();
    }

    @Override
    public void close() {
        mover.shutdownNow();
    }
}
