package org.yichuang.client.ui;

import java.nio.file.Path;
import java.util.Optional;

/** Modal questions and messages to the clerk; production wraps JOptionPane, tests use a scripted fake. */
public interface UserPrompts {

    /** Asks a yes/no question; returns true for yes. */
    boolean confirm(String title, String message);

    /** Shows an informational message. */
    void inform(String title, String message);

    /** Shows a warning or error message. */
    void warn(String title, String message);

    /** Asks where to save a file with the given extension (without dot); empty when cancelled. */
    Optional<Path> chooseFile(String title, String suggestedName, String extension);

    /** Lets the clerk pick one of {@code choices}; empty when cancelled. */
    Optional<String> choose(String title, String message, java.util.List<String> choices, String initial);
}
