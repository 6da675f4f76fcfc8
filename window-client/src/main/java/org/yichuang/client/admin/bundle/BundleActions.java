package org.yichuang.client.admin.bundle;

import javax.swing.Action;

/** The commands of the bundle pane. */
public record BundleActions(Action create, Action save, Action delete, Action add, Action remove, Action up, Action down) {
}
