package org.doorman.tests;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;

/** A 30 s 440 Hz tone as 8 kHz 16-bit mono WAV: baresip's aufile plays it as the phone's microphone. */
final class ToneFile {
    private static final int RATE = 8000;
    private static final int SECONDS = 30;

    private ToneFile() {}

    static Path write(Path file) throws IOException {
        int samples = RATE * SECONDS;
        ByteBuffer b = ByteBuffer.allocate(44 + 2 * samples).order(ByteOrder.LITTLE_ENDIAN);
        b.put("RIFF".getBytes()).putInt(36 + 2 * samples).put("WAVE".getBytes());
        b.put("fmt ".getBytes()).putInt(16).putShort((short) 1).putShort((short) 1).putInt(RATE).putInt(RATE * 2)
                .putShort((short) 2).putShort((short) 16);
        b.put("data".getBytes()).putInt(2 * samples);
        for (int i = 0; i < samples; i++) {
            b.putShort((short) (8000 * Math.sin(2 * Math.PI * 440 * i / RATE)));
        }
        Files.createDirectories(file.getParent());
        Files.write(file, b.array());
        return file;
    }
}
