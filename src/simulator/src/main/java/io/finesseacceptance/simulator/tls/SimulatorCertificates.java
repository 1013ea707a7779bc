package io.finesseacceptance.simulator.tls;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.openssl.jcajce.JcaPKCS8Generator;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * A throw-away certificate authority and one server certificate it signed, so that clients under
 * test can verify the simulator the way they verify a real Finesse server: by trusting a CA, not by
 * switching verification off.
 */
public final class SimulatorCertificates {

    // EC keys: generating RSA keys would cost noticeable time on every simulator start
    private static final String KEY_ALGORITHM = "EC";
    private static final String CURVE = "secp256r1";
    private static final String SIGNATURE_ALGORITHM = "SHA256withECDSA";
    // 397 days: the longest validity current browsers and macOS accept for a server certificate
    private static final Duration SERVER_VALIDITY = Duration.ofDays(397);
    private static final Duration CA_VALIDITY = Duration.ofDays(3650);
    // tolerates clocks of clients that run slightly behind this machine
    private static final Duration BACKDATE = Duration.ofDays(1);
    private static final char[] KEYSTORE_PASSWORD = "simulator".toCharArray();

    private final X509Certificate caCertificate;
    private final X509Certificate serverCertificate;
    private final KeyPair serverKeys;

    private SimulatorCertificates(X509Certificate caCertificate, X509Certificate serverCertificate, KeyPair serverKeys) {
        this.caCertificate = caCertificate;
        this.serverCertificate = serverCertificate;
        this.serverKeys = serverKeys;
    }

    /**
     * Generates a fresh CA named {@code caName} and a server certificate whose subject alternative
     * names are exactly {@code dnsNames} and {@code ipAddresses} (IP literals, v4 or v6).
     */
    public static SimulatorCertificates generate(String caName, List<String> dnsNames, List<String> ipAddresses) {
        if (dnsNames.isEmpty() && ipAddresses.isEmpty()) {
            throw new IllegalArgumentException("the server certificate needs at least one DNS name or IP address");
        }
        try {
            SecureRandom random = new SecureRandom();
            Instant now = Instant.now();
            KeyPair caKeys = newKeyPair(random);
            X500Name caSubject = name(caName);
            X509v3CertificateBuilder ca = new JcaX509v3CertificateBuilder(caSubject, serial(random),
                    Date.from(now.minus(BACKDATE)), Date.from(now.plus(CA_VALIDITY)), caSubject, caKeys.getPublic());
            JcaX509ExtensionUtils extensions = new JcaX509ExtensionUtils();
            ca.addExtension(Extension.basicConstraints, true, new BasicConstraints(0));
            ca.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign));
            ca.addExtension(Extension.subjectKeyIdentifier, false, extensions.createSubjectKeyIdentifier(caKeys.getPublic()));
            X509Certificate caCert = sign(ca, caKeys);

            KeyPair serverKeys = newKeyPair(random);
            String commonName = dnsNames.isEmpty() ? ipAddresses.get(0) : dnsNames.get(0);
            X509v3CertificateBuilder server = new JcaX509v3CertificateBuilder(caCert, serial(random),
                    Date.from(now.minus(BACKDATE)), Date.from(now.plus(SERVER_VALIDITY)), name(commonName),
                    serverKeys.getPublic());
            server.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
            server.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature | KeyUsage.keyAgreement));
            server.addExtension(Extension.extendedKeyUsage, false, new ExtendedKeyUsage(KeyPurposeId.id_kp_serverAuth));
            server.addExtension(Extension.subjectAlternativeName, false, alternativeNames(dnsNames, ipAddresses));
            server.addExtension(Extension.subjectKeyIdentifier, false, extensions.createSubjectKeyIdentifier(serverKeys.getPublic()));
            server.addExtension(Extension.authorityKeyIdentifier, false, extensions.createAuthorityKeyIdentifier(caCert));
            return new SimulatorCertificates(caCert, sign(server, caKeys), serverKeys);
        } catch (GeneralSecurityException | OperatorCreationException | IOException e) {
            throw new IllegalStateException("could not generate the simulator certificates", e);
        }
    }

    /**
     * A server-side context presenting the server certificate and its CA. Engines created from it
     * should be limited to TLS 1.2 and 1.3 (the JDK 17 defaults already exclude older versions).
     */
    public SSLContext serverContext() {
        try {
            KeyStore keyStore = KeyStore.getInstance("PKCS12");
            keyStore.load(null, null);
            keyStore.setKeyEntry("server", serverKeys.getPrivate(), KEYSTORE_PASSWORD,
                    new Certificate[] {serverCertificate, caCertificate});
            KeyManagerFactory keyManagers = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            keyManagers.init(keyStore, KEYSTORE_PASSWORD);
            SSLContext context = SSLContext.getInstance("TLSv1.3");
            context.init(keyManagers.getKeyManagers(), null, null);
            return context;
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException("could not build the simulator TLS context", e);
        }
    }

    public X509Certificate caCertificate() {
        return caCertificate;
    }

    public X509Certificate serverCertificate() {
        return serverCertificate;
    }

    public String caPem() {
        StringWriter out = new StringWriter();
        try (JcaPEMWriter pem = new JcaPEMWriter(out)) {
            pem.writeObject(caCertificate);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** Writes the CA certificate as PEM (creating parent folders) and returns {@code file}. */
    public Path writeCaPem(Path file) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            return Files.writeString(file, caPem(), StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Writes the server certificate chain and its private key as PEM files, for a server that is not
     * Java (an XMPP server the interop tests start), and returns {@code chainFile}.
     */
    public Path writeServerPem(Path chainFile, Path keyFile) {
        try {
            StringWriter chain = new StringWriter();
            try (JcaPEMWriter pem = new JcaPEMWriter(chain)) {
                pem.writeObject(serverCertificate);
                pem.writeObject(caCertificate);
            }
            StringWriter key = new StringWriter();
            try (JcaPEMWriter pem = new JcaPEMWriter(key)) {
                pem.writeObject(new JcaPKCS8Generator(serverKeys.getPrivate(), null));
            }
            Files.writeString(keyFile, key.toString(), StandardCharsets.US_ASCII);
            return Files.writeString(chainFile, chain.toString(), StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static KeyPair newKeyPair(SecureRandom random) throws GeneralSecurityException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance(KEY_ALGORITHM);
        generator.initialize(new ECGenParameterSpec(CURVE), random);
        return generator.generateKeyPair();
    }

    private static X509Certificate sign(X509v3CertificateBuilder builder, KeyPair signer)
            throws OperatorCreationException, GeneralSecurityException {
        return new JcaX509CertificateConverter()
                .getCertificate(builder.build(new JcaContentSignerBuilder(SIGNATURE_ALGORITHM).build(signer.getPrivate())));
    }

    private static X500Name name(String commonName) {
        return new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.CN, commonName).build();
    }

    private static BigInteger serial(SecureRandom random) {
        return new BigInteger(64, random).add(BigInteger.ONE);
    }

    private static GeneralNames alternativeNames(List<String> dnsNames, List<String> ipAddresses) {
        List<GeneralName> names = new ArrayList<>();
        dnsNames.forEach(dns -> names.add(new GeneralName(GeneralName.dNSName, dns)));
        for (String ip : ipAddresses) {
            requireIpLiteral(ip);
            names.add(new GeneralName(GeneralName.iPAddress, ip));
        }
        return new GeneralNames(names.toArray(GeneralName[]::new));
    }

    private static void requireIpLiteral(String ip) {
        // only literals: a host name here would silently trigger a DNS lookup
        if (!ip.matches("[0-9.]+|[0-9a-fA-F:.]*:[0-9a-fA-F:.]*")) {
            throw new IllegalArgumentException("not an IP address literal: " + ip);
        }
        try {
            InetAddress.getByName(ip);
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("not an IP address: " + ip, e);
        }
    }
}
