package org.doorman.registrar.directory;

/**
 * What an operator gives to add or modify a device. On modify, a null field means "unchanged".
 */
public record DeviceSpec(
        String number,
        String password,
        String firstName,
        String lastName,
        String nickName,
        String ipAddress,
        String buildNo,
        String unitNo,
        String webUsername,
        String webPassword,
        Boolean phone) {

    public static DeviceSpec of(String number, String password) {
        return new DeviceSpec(number, password, null, null, null, null, null, null, null, null, null);
    }
}
