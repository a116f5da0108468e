package org.doorman.media.session;

import org.doorman.media.Leg;
import org.doorman.media.MediaRefusedException;

/** The relay's ports for one stream on one leg: asked for each m-line that carries media, the same answer every time. */
@FunctionalInterface
public interface StreamPorts {
    /** The even RTP port the leg's peer sends this stream to; RTCP is the next port. */
    int rtpPort(int stream, Leg leg) throws MediaRefusedException;
}
