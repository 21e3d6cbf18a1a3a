package org.haven.matching.solver.io;

/** An instance file that cannot be read or breaks the format; the message names the file's problem. */
public class InstanceException extends RuntimeException {

    public InstanceException(String message) {
        super(message);
    }

    public InstanceException(String message, Throwable cause) {
        super(message, cause);
    }
}
