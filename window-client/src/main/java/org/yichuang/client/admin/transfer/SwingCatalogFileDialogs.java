package org.yichuang.client.admin.transfer;

import java.awt.Component;
import java.io.File;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import javax.swing.JFileChooser;
import javax.swing.filechooser.FileNameExtensionFilter;
import org.yichuang.client.ui.Messages;
import org.yichuang.client.ui.UserPrompts;

/**
 * {@link CatalogFileDialogs} with JFileChooser, filtered to .xlsx and .json (calendars: .csv) and remembering the last
 * folder.
 */
public final class SwingCatalogFileDialogs implements CatalogFileDialogs {
    private final Messages messages;
    private final UserPrompts prompts;
    private final Supplier<Component> parent;
    private File lastFolder;

    /** Creates the dialogs parented on {@code parent} (the admin window). */
    public SwingCatalogFileDialogs(Messages messages, UserPrompts prompts, Supplier<Component> parent) {
        this.messages = messages;
        this.prompts = prompts;
        this.parent = parent;
    }

    @Override
    public Optional<Path> chooseImport() {
        JFileChooser chooser = chooser(messages.text("admin.import.title"));
        FileNameExtensionFilter both = new FileNameExtensionFilter(messages.text("admin.files.catalog"), "xlsx",
                "json");
        chooser.addChoosableFileFilter(both);
        chooser.addChoosableFileFilter(new FileNameExtensionFilter(messages.text("admin.files.xlsx"), "xlsx"));
        chooser.addChoosableFileFilter(new FileNameExtensionFilter(messages.text("admin.files.json"), "json"));
        chooser.setFileFilter(both);
        if (chooser.showOpenDialog(parent.get()) != JFileChooser.APPROVE_OPTION) {
            return Optional.empty();
        }
        lastFolder = chooser.getCurrentDirectory();
        return Optional.of(chooser.getSelectedFile().toPath());
    }

    @Override
    public Optional<Path> chooseCalendarImport() {
        JFileChooser chooser = chooser(messages.text("calendar.import.title"));
        FileNameExtensionFilter csv = new FileNameExtensionFilter(messages.text("admin.files.csv"), "csv");
        chooser.addChoosableFileFilter(csv);
        chooser.setFileFilter(csv);
        if (chooser.showOpenDialog(parent.get()) != JFileChooser.APPROVE_OPTION) {
            return Optional.empty();
        }
        lastFolder = chooser.getCurrentDirectory();
        return Optional.of(chooser.getSelectedFile().toPath());
    }

    @Override
    public Optional<Path> chooseExport(String suggestedName) {
        JFileChooser chooser = chooser(messages.text("admin.export.title"));
        FileNameExtensionFilter xlsx = new FileNameExtensionFilter(messages.text("admin.files.xlsx"), "xlsx");
        FileNameExtensionFilter json = new FileNameExtensionFilter(messages.text("admin.files.json"), "json");
        chooser.addChoosableFileFilter(xlsx);
        chooser.addChoosableFileFilter(json);
        chooser.setFileFilter(xlsx);
        chooser.setSelectedFile(new File(lastFolder, suggestedName));
        String base = suggestedName.replaceAll("\\.[^.]+$", "");
        // switching the filter switches the suggested extension, so the format follows what the administrator picked
        chooser.addPropertyChangeListener(JFileChooser.FILE_FILTER_CHANGED_PROPERTY, e -> {
            String ext = e.getNewValue() == json ? "json" : "xlsx";
            chooser.setSelectedFile(new File(base + "." + ext));
        });
        if (chooser.showSaveDialog(parent.get()) != JFileChooser.APPROVE_OPTION) {
            return Optional.empty();
        }
        lastFolder = chooser.getCurrentDirectory();
        File file = chooser.getSelectedFile();
        String lower = file.getName().toLowerCase(Locale.ROOT);
        if (!lower.endsWith(".xlsx") && !lower.endsWith(".json")) {
            file = new File(file.getParentFile(), file.getName() + (chooser.getFileFilter() == json ? ".json" : ".xlsx"));
        }
        if (file.exists() && !prompts.confirm(messages.text("admin.export.title"),
                messages.text("prompt.overwrite", file.getName()))) {
            return Optional.empty();
        }
        return Optional.of(file.toPath());
    }

    private JFileChooser chooser(String title) {
        JFileChooser chooser = new JFileChooser(lastFolder);
        chooser.setDialogTitle(title);
        chooser.setAcceptAllFileFilterUsed(false);
        return chooser;
    }
}
