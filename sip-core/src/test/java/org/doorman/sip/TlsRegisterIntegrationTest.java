package org.doorman.sip;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.file.Path;
import java.util.List;
import org.doorman.registrar.directory.DeviceKind;
import org.doorman.registrar.directory.DeviceSpec;
import org.doorman.registrar.location.Binding;
import org.doorman.sip.support.SipTestClient;
import org.doorman.sip.support.TestServer;
import org.doorman.sip.transport.tls.TlsCredentials;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Registration over SIP over TLS: a JAIN-SIP device that trusts only the certificate doorman
 * generated in its data directory registers on the TLS port and is recorded with transport TLS.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TlsRegisterIntegrationTest {
    @TempDir static Path dataDir;
    private TestServer server;

    @BeforeAll
    void start() throws Exception {
        server = new TestServer(dataDir);
        server.directory.add(DeviceKind.VTH, DeviceSpec.of("101", "Secret123"));
        server.directory.add(DeviceKind.VTH, DeviceSpec.of("102", "Secret123"));
    }

    @AfterAll
    void stop() {
        server.close();
    }

    @ParameterizedTest
    @CsvSource({"TLSv1.2, 101", "TLSv1.3, 102"})
    void deviceRegistersOverTlsTrustingTheGeneratedCertificateAndIsReachedOverTls(String protocol, String room)
            throws Exception {
        Path certificate = dataDir.resolve(TlsCredentials.GENERATED_CERTIFICATE);
        try (SipTestClient device = SipTestClient.tls(certificate, protocol)) {
            assertEquals(200, device.registerWithDigest(server.tlsPort, room, room, "Secret123", 600).getStatusCode());
            List<Binding> bindings = server.location.bindings(room);
            assertEquals(1, bindings.size());
            assertEquals("TLS", bindings.get(0).transport());
            assertEquals("127.0.0.1", bindings.get(0).sourceAddress());
            // Reached on its own connection: the ephemeral source port, not the port it listens on.
            assertNotEquals(device.port, bindings.get(0).sourcePort());
        }
    }
}
