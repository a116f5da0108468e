package org.doorman.sip.support;

import java.net.DatagramSocket;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.doorman.conf.ConfigLoader;
import org.doorman.conf.DoormanConfig;
import org.doorman.conf.StorageConfig;
import org.doorman.conf.storage.Database;
import org.doorman.conf.storage.Jdbc;
import org.doorman.registrar.directory.Directory;
import org.doorman.registrar.directory.DirectoryRepository;
import org.doorman.registrar.location.BindingRepository;
import org.doorman.registrar.location.BindingRules;
import org.doorman.registrar.location.LocationService;
import org.doorman.sip.DoorControl;
import org.doorman.sip.MediaAnchor;
import org.doorman.sip.SipServer;
import org.doorman.sip.alarms.AlarmLogRepository;
import org.doorman.sip.proxy.CallObserver;

/**
 * A real SipServer on free loopback ports (one for UDP and TCP, one for TLS) with an embedded
 * database in a temp directory, where a self-signed TLS certificate is also generated.
 */
public final class TestServer implements AutoCloseable {
    public final int port;
    public final int tlsPort;
    public final Directory directory;
    public final LocationService location;
    /** Alarms the server recorded (device MESSAGEs to the server). */
    public final AlarmLogRepository alarms;
    public final SipServer sip;
    private final Database db;

    public TestServer(Path dataDir, String... overrides) throws Exception {
        this(dataDir, Clock.systemUTC(), overrides);
    }

    public TestServer(Path dataDir, Clock clock, String... overrides) throws Exception {
        this(dataDir, clock, DoorControl.NONE, overrides);
    }

    public TestServer(Path dataDir, Clock clock, DoorControl doors, String... overrides) throws Exception {
        this(dataDir, clock, doors, MediaAnchor.NONE, overrides);
    }

    /** A server whose call media goes through `media` (a test's fake anchor). */
    public TestServer(Path dataDir, Clock clock, DoorControl doors, MediaAnchor media, String... overrides)
            throws Exception {
        port = freePort();
        int tls;
        do {
            tls = freePort();
        } while (tls == port);
        tlsPort = tls;
        List<String> sets = new ArrayList<>(List.of("sip.address=127.0.0.1", "sip.udp-port=" + port,
                "sip.tcp-port=" + port, "sip.tls-port=" + tlsPort));
        sets.addAll(List.of(overrides));
        DoormanConfig config = new ConfigLoader().load(null, sets);
        db = Database.open(new StorageConfig("", "", ""), dataDir);
        Jdbc jdbc = new Jdbc(db);
        directory = new Directory(new DirectoryRepository(jdbc), config.sip().realm(), config.sip().serverNumber(),
                config.sip().centreNumber());
        directory.load();
        location = new LocationService(new BindingRepository(jdbc), new BindingRules(10), clock);
        location.load();
        alarms = new AlarmLogRepository(jdbc, config.logs().alarmCapacity(), clock);
        sip = SipServer.start(config, dataDir, directory, location, clock, "test",
                SipServer.routedTargets(config, directory, clock), CallObserver.NONE, doors, alarms, media);
    }

    public SipServer sip() {
        return sip;
    }

    /** A port free for both UDP and TCP on loopback. */
    public static int freePort() throws Exception {
        for (int attempt = 0; attempt < 50; attempt++) {
            try (ServerSocket tcp = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
                int p = tcp.getLocalPort();
                try (DatagramSocket udp = new DatagramSocket(p, java.net.InetAddress.getLoopbackAddress())) {
                    return p;
                } catch (java.net.SocketException busy) {
                    // taken for UDP: try another
                }
            }
        }
        throw new IllegalStateException("no free port");
    }

    @Override
    public void close() {
        sip.close();
        db.close();
    }
}
