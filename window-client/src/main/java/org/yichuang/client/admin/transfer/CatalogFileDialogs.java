package org.yichuang.client.admin.transfer;

import java.nio.file.Path;
import java.util.Optional;

/** Asks the administrator for catalog files (事项库文件); production shows a file chooser, tests answer from a script. */
public interface CatalogFileDialogs {

    /** Asks for an .xlsx or .json file to import; empty when cancelled. */
    Optional<Path> chooseImport();

    /** Asks where to export, offering {@code suggestedName} (with extension); empty when cancelled. */
    Optional<Path> chooseExport(String suggestedName);
}
