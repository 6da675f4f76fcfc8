package org.yichuang.client.admin.item;

import javax.swing.Action;

/** The commands of the item editor's save bar, and those of its materials table. */
public record EditorActions(Action save, Action reload, Action withdraw, Action copy, MaterialActions materials) {
}
