package io.finesseacceptance.notify;

/** Finesse pubsub messages in the shapes docs/finesse-contract.md §6 documents, for parser and wait tests. */
final class FinesseMessages {

    private FinesseMessages() {
    }

    static String userUpdate(String agent, String state, String requestId) {
        return "<Update><data><user><loginId>" + agent + "</loginId><state>" + state + "</state>"
                + "<extension></extension><reasonCodeId>7</reasonCodeId></user></data><event>PUT</event>"
                + "<requestId>" + requestId + "</requestId><source>/finesse/api/User/" + agent + "</source></Update>";
    }

    /** Lands the agent's User Update in {@code feed}, in Finesse's usual escaped form. */
    static void landUpdate(NotificationFeed feed, String state, String requestId) {
        feed.land(escaped(feed.agentId(), userUpdate(feed.agentId(), state, requestId)));
    }

    static String errorUpdate(String agent, String requestId) {
        return "<Update><data><apiErrors><apiError><errorData>257</errorData>"
                + "<errorMessage>CF_INVALID_PASSWORD_SPECIFIED</errorMessage><errorType>Invalid State</errorType>"
                + "</apiError></apiErrors></data><event>PUT</event><requestId>" + requestId + "</requestId>"
                + "<source>/finesse/api/User/" + agent + "</source></Update>";
    }

    /** A SystemInfo Update on node /finesse/api/SystemInfo, as Finesse publishes a change of its status. */
    static String systemInfoUpdate(String agent, String status) {
        String update = "<Update><data><SystemInfo><status>" + status + "</status></SystemInfo></data>"
                + "<event>PUT</event><requestId></requestId><source>/finesse/api/SystemInfo</source></Update>";
        return escaped(agent, update).replace("node=\"/finesse/api/User/" + agent + "\"", "node=\"/finesse/api/SystemInfo\"");
    }

    /** Finesse's usual wrapping: the Update travels as escaped text. */
    static String escaped(String agent, String update) {
        String text = update.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
        return wrap(agent, "<notification xmlns=\"http://jabber.org/protocol/pubsub\">" + text + "</notification>");
    }

    /** The variant seen in some fixtures: the Update as child elements, wrapper in another namespace. */
    static String asElements(String agent, String update) {
        return wrap(agent, "<notification xmlns=\"urn:example:other\">" + update + "</notification>");
    }

    private static String wrap(String agent, String payload) {
        return "<message from=\"pubsub.fin.example\" to=\"" + agent + "@fin.example/res1\" id=\"x\">"
                + "<event xmlns=\"http://jabber.org/protocol/pubsub#event\"><items node=\"/finesse/api/User/" + agent
                + "\"><item id=\"i1\">" + payload + "</item></items></event></message>";
    }
}
