package org.doorman.cli.api;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.doorman.registrar.directory.Directory;
import org.doorman.registrar.location.LocationService;

/** /api/status: every device, online or not, with its registrations (the manual's Household Setting > Status). */
public final class StatusRoute implements Route {
    private final Directory directory;
    private final LocationService location;
    private final Clock clock;

    public StatusRoute(Directory directory, LocationService location, Clock clock) {
        this.directory = directory;
        this.location = location;
        this.clock = clock;
    }

    @Override
    public void serve(Exchange ex) throws Exception {
        long now = clock.millis();
        List<DeviceView> devices = directory.all().stream()
                .map(e -> DeviceView.of(e, location.bindings(e.number()), now)).toList();
        long online = devices.stream().filter(DeviceView::online).count();
        ex.send(200, Map.of("total", devices.size(), "online", online, "devices", devices));
    }
}
