package org.yichuang.server.app;

/** The command line, environment or config file is wrong; the message is Chinese and shown as-is. */
public final class ConfigException extends RuntimeException {
    /** Creates the exception. */
    public ConfigException(String message) {
        super(message);
    }
}
