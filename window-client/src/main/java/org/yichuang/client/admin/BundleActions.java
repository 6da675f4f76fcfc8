package org.yichuang.client.admin;

import javax.swing.Action;

/** The commands of the bundle pane. */
record BundleActions(Action create, Action save, Action delete, Action add, Action remove, Action up, Action down) {
}
