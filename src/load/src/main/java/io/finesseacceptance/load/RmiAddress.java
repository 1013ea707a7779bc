package io.finesseacceptance.load;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.rmi.server.RMISocketFactory;

/**
 * The one address JMeter's RMI listens on and names in its stubs: {@code java.rmi.server.hostname}, 127.0.0.1
 * unless set. With {@code server.rmi.ssl.disable} JMeter exports its engine, registry and listeners with no
 * socket factory of its own, so RMI's default would listen on every interface; this JVM-wide factory binds
 * each RMI server socket to that address instead (on a lab network: the machine's own address).
 */
final class RmiAddress extends RMISocketFactory {

    private static final int BACKLOG = 50;

    private final InetAddress address;

    private RmiAddress(InetAddress address) {
        this.address = address;
    }

    /** Sets the address for this JVM's RMI, before JMeter exports anything; returns it. */
    static String bind() throws IOException {
        String host = System.getProperty("java.rmi.server.hostname", "127.0.0.1");
        System.setProperty("java.rmi.server.hostname", host);
        RMISocketFactory.setSocketFactory(new RmiAddress(InetAddress.getByName(host)));
        return host;
    }

    @Override
    public Socket createSocket(String host, int port) throws IOException {
        return new Socket(host, port);
    }

    @Override
    public ServerSocket createServerSocket(int port) throws IOException {
        return new ServerSocket(port, BACKLOG, address);
    }
}
