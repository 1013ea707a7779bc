package io.finesseacceptance.simulator.tls;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** The PEM file of a run's CA: what clients are told to trust (FINESSE_CA_CERT, GET /simulator/ca.pem). */
public final class CaFile {

    private CaFile() {
    }

    /** Writes the CA of {@code certificates} to {@code chosen}, or to a temporary file deleted on exit. */
    public static Path write(SimulatorCertificates certificates, Optional<Path> chosen) {
        Path file = chosen.orElse(null);
        try {
            if (file == null) {
                file = Files.createTempFile("finesse-simulator-ca-", ".pem");
                file.toFile().deleteOnExit();
            }
            return certificates.writeCaPem(file);
        } catch (IOException | UncheckedIOException unwritable) {
            throw new IllegalStateException("cannot write the simulator's CA certificate"
                    + (file == null ? "" : " to " + file) + ": " + unwritable.getMessage(), unwritable);
        }
    }

    public static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.US_ASCII);
        } catch (IOException unreadable) {
            throw new UncheckedIOException("cannot read the CA certificate " + file, unreadable);
        }
    }
}
