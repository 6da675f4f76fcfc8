package org.yichuang.client.admin.item;

/**
 * What the item screens ask of the administration around them (事项管理): opening, starting or copying an item may
 * first ask about unsaved changes elsewhere, which only the whole administration knows.
 */
public interface ItemNavigator {

    /** Opens the item with {@code implementationCode} in the editor. */
    void openItem(String implementationCode);

    /** Starts a new item (新建事项). */
    void newItem();

    /** Starts a copy of the open item (复制事项). */
    void copyItem();
}
