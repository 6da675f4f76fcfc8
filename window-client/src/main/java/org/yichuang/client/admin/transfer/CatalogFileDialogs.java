package org.yichuang.client.admin.transfer;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Asks the administrator for the files of the administration: catalog files (事项库文件) and calendar schedules (工作日历
 * CSV); production shows a file chooser, tests answer from a script.
 */
public interface CatalogFileDialogs {

    /** Asks for an .xlsx or .json file to import; empty when cancelled. */
    Optional<Path> chooseImport();

    /** Asks for an official schedule .csv to import into the working-day calendar; empty when cancelled. */
    Optional<Path> chooseCalendarImport();

    /** Asks where to export, offering {@code suggestedName} (with extension); empty when cancelled. */
    Optional<Path> chooseExport(String suggestedName);
}
