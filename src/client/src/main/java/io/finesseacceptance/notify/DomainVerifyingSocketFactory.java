package io.finesseacceptance.notify;

import java.io.IOException;
import java.net.InetAddress;
import java.net.Socket;
import java.util.List;
import javax.net.ssl.SNIHostName;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.SSLSocketFactory;

/**
 * TLS sockets for direct TLS (port 5223 style), where Smack does no host name check of its own: each
 * socket asks for the XMPP domain by SNI and has the JDK verify the certificate against it, as Smack
 * does for STARTTLS.
 */
final class DomainVerifyingSocketFactory extends SSLSocketFactory {

    private final SSLSocketFactory delegate;
    private final String xmppDomain;
    private final boolean verifyHostName;

    DomainVerifyingSocketFactory(SSLSocketFactory delegate, String xmppDomain, boolean verifyHostName) {
        this.delegate = delegate;
        this.xmppDomain = xmppDomain;
        this.verifyHostName = verifyHostName;
    }

    private Socket configured(Socket socket) {
        if (socket instanceof SSLSocket tls) {
            SSLParameters parameters = tls.getSSLParameters();
            if (verifyHostName) {
                parameters.setEndpointIdentificationAlgorithm("HTTPS");
            }
            if (!xmppDomain.isEmpty() && !Character.isDigit(xmppDomain.charAt(xmppDomain.length() - 1))) {
                parameters.setServerNames(List.of(new SNIHostName(xmppDomain)));
            }
            tls.setSSLParameters(parameters);
        }
        return socket;
    }

    @Override
    public Socket createSocket() throws IOException {
        return configured(delegate.createSocket());
    }

    @Override
    public Socket createSocket(Socket socket, String host, int port, boolean autoClose) throws IOException {
        return configured(delegate.createSocket(socket, host, port, autoClose));
    }

    @Override
    public Socket createSocket(String host, int port) throws IOException {
        return configured(delegate.createSocket(host, port));
    }

    @Override
    public Socket createSocket(String host, int port, InetAddress localHost, int localPort) throws IOException {
        return configured(delegate.createSocket(host, port, localHost, localPort));
    }

    @Override
    public Socket createSocket(InetAddress host, int port) throws IOException {
        return configured(delegate.createSocket(host, port));
    }

    @Override
    public Socket createSocket(InetAddress address, int port, InetAddress localAddress, int localPort)
            throws IOException {
        return configured(delegate.createSocket(address, port, localAddress, localPort));
    }

    @Override
    public String[] getDefaultCipherSuites() {
        return delegate.getDefaultCipherSuites();
    }

    @Override
    public String[] getSupportedCipherSuites() {
        return delegate.getSupportedCipherSuites();
    }
}
