package org.doorman.lock.driver;

import com.ghgande.j2mod.modbus.Modbus;
import com.ghgande.j2mod.modbus.facade.AbstractModbusMaster;
import com.ghgande.j2mod.modbus.facade.ModbusSerialMaster;
import com.ghgande.j2mod.modbus.facade.ModbusTCPMaster;
import com.ghgande.j2mod.modbus.util.SerialParameters;
import com.fazecast.jSerialComm.SerialPort;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One Modbus master connection (a serial port, or a TCP connection to one host and port), shared by every
 * lock and contact on it: a serial port can be opened once only. Connects on first use and again after a
 * failure; j2mod's own retries are off, since the lock counts its retries itself.
 */
public final class ModbusLink implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(ModbusLink.class);
    private final String name;
    private final AbstractModbusMaster master;
    private boolean connected;

    /** One Modbus call on the master. */
    @FunctionalInterface
    public interface Call<T> {
        T run(AbstractModbusMaster master) throws Exception;
    }

    private ModbusLink(String name, AbstractModbusMaster master, int timeoutMs) {
        this.name = name;
        this.master = master;
        master.setTimeout(timeoutMs);
        master.setRetries(0);
    }

    public static ModbusLink tcp(String host, int port, int timeoutMs) {
        return new ModbusLink("modbus-tcp " + host + ":" + port, new ModbusTCPMaster(host, port, timeoutMs, false), timeoutMs);
    }

    /** @param parity none, even or odd */
    public static ModbusLink rtu(String serialPort, int baudRate, String parity, int timeoutMs) {
        int parityCode = switch (parity) {
            case "even" -> SerialPort.EVEN_PARITY;
            case "odd" -> SerialPort.ODD_PARITY;
            default -> SerialPort.NO_PARITY;
        };
        SerialParameters params = new SerialParameters(serialPort, baudRate, SerialPort.FLOW_CONTROL_DISABLED,
                SerialPort.FLOW_CONTROL_DISABLED, 8, 1, parityCode, false);
        params.setEncoding(Modbus.SERIAL_ENCODING_RTU);
        return new ModbusLink("modbus-rtu " + serialPort + " " + baudRate + " 8" + parity.toUpperCase().charAt(0) + "1",
                new ModbusSerialMaster(params, timeoutMs), timeoutMs);
    }

    public String name() {
        return name;
    }

    /** Runs one call, connecting first if needed; any failure drops the connection so the next call reconnects. */
    public synchronized <T> T call(String what, Call<T> call) throws DriverException {
        try {
            if (!connected) {
                master.connect();
                connected = true;
                log.info("{}: connected", name);
            }
            return call.run(master);
        } catch (Exception e) {
            disconnect();
            throw new DriverException(name + ": " + what + " failed: " + e.getMessage(), e);
        }
    }

    private void disconnect() {
        if (connected) {
            try {
                master.disconnect();
            } catch (RuntimeException e) {
                log.debug("{}: disconnect: {}", name, e.toString());
            }
            connected = false;
        }
    }

    @Override
    public synchronized void close() {
        disconnect();
    }
}
