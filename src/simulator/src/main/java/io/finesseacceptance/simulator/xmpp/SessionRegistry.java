package io.finesseacceptance.simulator.xmpp;

import io.finesseacceptance.simulator.notifications.DesktopPresence;
import io.finesseacceptance.simulator.notifications.SessionPresenceListener;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The bound resources of every user and their availability. One lock keeps availability flips and
 * the listener calls they cause in the same order for every observer. Besides the user's availability
 * (any resource), it reports each session coming and going to {@link SessionPresenceListener}s (Finesse's forced
 * logout follows them), and the session bound to the resource {@value DesktopPresence#DESKTOP_RESOURCE} alone to
 * {@link DesktopPresenceListener}s.
 */
final class SessionRegistry {

    private static final Logger LOG = LoggerFactory.getLogger(SessionRegistry.class);

    private final Map<String, Map<String, ClientSession>> resourcesByUser = new HashMap<>();
    private final List<PresenceListener> listeners = new CopyOnWriteArrayList<>();
    private final List<DesktopPresenceListener> desktopListeners = new CopyOnWriteArrayList<>();
    private final List<Runnable> sessionListeners = new CopyOnWriteArrayList<>();
    private final List<SessionPresenceListener> sessionPresenceListeners = new CopyOnWriteArrayList<>();

    void addListener(PresenceListener listener) {
        listeners.add(listener);
    }

    void addDesktopListener(DesktopPresenceListener listener) {
        desktopListeners.add(listener);
    }

    void addSessionPresenceListener(SessionPresenceListener listener) {
        sessionPresenceListeners.add(listener);
    }

    /** Binds the session's resource, returning the session it replaced (same user and resource), if any. */
    synchronized Optional<ClientSession> bind(ClientSession session) {
        boolean wasAvailable = isAvailable(session.username());
        ClientSession replaced = resourcesByUser
                .computeIfAbsent(session.username(), user -> new LinkedHashMap<>())
                .put(session.resource(), session);
        notifyIfFlipped(session.username(), wasAvailable);
        if (replaced != null && replaced.available()) {
            // the newer session has announced nothing yet: that resource is away until it does
            notifySession(replaced, DesktopPresence.ENDED_BY_SERVER);
        }
        sessionListeners.forEach(Runnable::run);
        return Optional.ofNullable(replaced);
    }

    /** Bound resources of all users, available or not. */
    synchronized int size() {
        return resourcesByUser.values().stream().mapToInt(Map::size).sum();
    }

    synchronized boolean isBound(String username, String resource) {
        return resourcesByUser.getOrDefault(username, Map.of()).containsKey(resource);
    }

    /** True when the session has just become available (its initial available presence). */
    synchronized boolean setAvailable(ClientSession session, boolean available) {
        if (!isCurrent(session)) {
            return false;
        }
        boolean wasAvailable = isAvailable(session.username());
        boolean sessionWasAvailable = session.available();
        session.available(available);
        notifyIfFlipped(session.username(), wasAvailable);
        if (sessionWasAvailable != available) {
            notifySession(session, available ? DesktopPresence.AVAILABLE : DesktopPresence.UNAVAILABLE);
        }
        return available && !sessionWasAvailable;
    }

    /**
     * Forgets the session unless it was already replaced by a newer one on the same resource. {@code how}
     * says how its connection went (never {@link DesktopPresence#AVAILABLE}); it matters only for a
     * session that was still available.
     */
    synchronized void remove(ClientSession session, DesktopPresence how) {
        if (!isCurrent(session)) {
            return;
        }
        boolean sessionWent = session.available();
        boolean wasAvailable = isAvailable(session.username());
        Map<String, ClientSession> resources = resourcesByUser.get(session.username());
        resources.remove(session.resource());
        if (resources.isEmpty()) {
            resourcesByUser.remove(session.username());
        }
        notifyIfFlipped(session.username(), wasAvailable);
        if (sessionWent) {
            notifySession(session, how);
        }
        sessionListeners.forEach(Runnable::run);
    }

    /** Told after a session is bound or removed; called with this registry locked, so it must only hand off. */
    void addSessionListener(Runnable listener) {
        sessionListeners.add(listener);
    }

    void removeSessionListener(Runnable listener) {
        sessionListeners.remove(listener);
    }

    /** The users with at least one bound session. */
    synchronized Set<String> boundUsers() {
        return Set.copyOf(resourcesByUser.keySet());
    }

    /** Every bound session, available or not. */
    synchronized List<ClientSession> allBound() {
        List<ClientSession> bound = new ArrayList<>();
        resourcesByUser.values().forEach(resources -> bound.addAll(resources.values()));
        return bound;
    }

    /** Every bound session of the user, available or not. */
    synchronized List<ClientSession> boundResources(String username) {
        return List.copyOf(resourcesByUser.getOrDefault(username, Map.of()).values());
    }

    synchronized List<ClientSession> availableResources(String username) {
        List<ClientSession> available = new ArrayList<>();
        resourcesByUser.getOrDefault(username, Map.of()).values().forEach(s -> {
            if (s.available()) {
                available.add(s);
            }
        });
        return available;
    }

    synchronized List<ClientSession> allAvailableResources() {
        List<ClientSession> available = new ArrayList<>();
        resourcesByUser.values().forEach(resources -> resources.values().forEach(s -> {
            if (s.available()) {
                available.add(s);
            }
        }));
        return available;
    }

    synchronized Optional<ClientSession> availableResource(String username, String resource) {
        ClientSession session = resourcesByUser.getOrDefault(username, Map.of()).get(resource);
        return session != null && session.available() ? Optional.of(session) : Optional.empty();
    }

    private boolean isCurrent(ClientSession session) {
        return resourcesByUser.getOrDefault(session.username(), Map.of()).get(session.resource()) == session;
    }

    private boolean isAvailable(String username) {
        return resourcesByUser.getOrDefault(username, Map.of()).values().stream().anyMatch(ClientSession::available);
    }

    private void notifyIfFlipped(String username, boolean wasAvailable) {
        boolean available = isAvailable(username);
        if (available == wasAvailable) {
            return;
        }
        LOG.info("User {} is now {}", username, available ? "available" : "unavailable");
        for (PresenceListener listener : listeners) {
            try {
                listener.presenceChanged(username, available);
            } catch (RuntimeException e) {
                LOG.warn("Presence listener failed for user {}", username, e);
            }
        }
    }

    private static boolean isDesktop(ClientSession session) {
        return DesktopPresence.DESKTOP_RESOURCE.equals(session.resource());
    }

    private void notifySession(ClientSession session, DesktopPresence presence) {
        for (SessionPresenceListener listener : sessionPresenceListeners) {
            try {
                listener.sessionPresenceChanged(session.username(), session.resource(), presence);
            } catch (RuntimeException e) {
                LOG.warn("Session presence listener failed for {}", session, e);
            }
        }
        if (isDesktop(session)) {
            notifyDesktop(session.username(), presence);
        }
    }

    private void notifyDesktop(String username, DesktopPresence presence) {
        LOG.info("Desktop of user {} is now {}", username, presence);
        for (DesktopPresenceListener listener : desktopListeners) {
            try {
                listener.desktopPresenceChanged(username, presence);
            } catch (RuntimeException e) {
                LOG.warn("Desktop presence listener failed for user {}", username, e);
            }
        }
    }
}
