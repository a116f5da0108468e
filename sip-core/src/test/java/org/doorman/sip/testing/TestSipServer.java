package org.doorman.sip.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.doorman.conf.ConfigLoader;
import org.doorman.conf.DoormanConfig;
import org.doorman.conf.storage.Database;
import org.doorman.conf.storage.Jdbc;
import org.doorman.registrar.directory.Directory;
import org.doorman.registrar.directory.DirectoryRepository;
import org.doorman.registrar.location.BindingRepository;
import org.doorman.registrar.location.BindingRules;
import org.doorman.registrar.location.LocationService;
import org.doorman.sip.SipServer;

/** A SipServer on free loopback ports over an H2 database in a temporary directory, as `serve` assembles it. */
public final class TestSipServer implements AutoCloseable {
    public static final String ADDRESS = "127.0.0.1";

    private final Database db;
    private final SipServer sip;
    private final DoormanConfig config;

    private TestSipServer(Database db, SipServer sip, DoormanConfig config) {
        this.db = db;
        this.sip = sip;
        this.config = config;
    }

    /** Starts a server; `overrides` are extra --set KEY=VALUE settings. */
    public static TestSipServer start(Path dataDir, String... overrides) throws Exception {
        int tcp = freeTcpPort();
        int tls;
        do {
            tls = freeTcpPort();
        } while (tls == tcp);
        List<String> settings = new ArrayList<>(List.of("sip.address=" + ADDRESS,
                "sip.udp-port=" + freeUdpPort(), "sip.tcp-port=" + tcp, "sip.tls-port=" + tls));
        settings.addAll(List.of(overrides));
        DoormanConfig config = new ConfigLoader().load(null, settings);
        Database db = Database.open(config.storage(), dataDir);
        try {
            Jdbc jdbc = new Jdbc(db);
            Clock clock = Clock.systemUTC();
            Directory directory = new Directory(new DirectoryRepository(jdbc), config.sip().realm(),
                    config.sip().serverNumber(), config.sip().centreNumber());
            directory.load();
            LocationService location = new LocationService(new BindingRepository(jdbc), new BindingRules(10), clock);
            location.load();
            return new TestSipServer(db, SipServer.start(config, dataDir, directory, location, clock, "test"), config);
        } catch (Exception | Error e) {
            db.close();
            throw e;
        }
    }

    public InetSocketAddress udp() {
        return new InetSocketAddress(ADDRESS, config.sip().udpPort());
    }

    public InetSocketAddress tcp() {
        return new InetSocketAddress(ADDRESS, config.sip().tcpPort());
    }

    public DoormanConfig config() {
        return config;
    }

    @Override
    public void close() {
        sip.close();
        db.close();
    }

    private static int freeTcpPort() {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getByName(ADDRESS))) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int freeUdpPort() {
        try (DatagramSocket s = new DatagramSocket(0, InetAddress.getByName(ADDRESS))) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
