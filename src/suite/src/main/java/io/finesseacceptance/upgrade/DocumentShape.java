package io.finesseacceptance.upgrade;

import io.finesseacceptance.finesse.XmlNode;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The shape of a Finesse document: the path of every element in it ("User/roles/role"), without values, so
 * that two runs compare equal whatever the timestamps, ids and states were, and an element that a release
 * removes or renames shows as a missing path.
 */
final class DocumentShape {

    private DocumentShape() {
    }

    static SortedSet<String> of(XmlNode root) {
        SortedSet<String> paths = new TreeSet<>();
        collect(root, root.name(), paths);
        return paths;
    }

    /** "User/roles/role" → "User/roles"; a root element has the parent "". */
    static String parent(String path) {
        int slash = path.lastIndexOf('/');
        return slash < 0 ? "" : path.substring(0, slash);
    }

    /** "User/roles/role" → "role". */
    static String leaf(String path) {
        return path.substring(path.lastIndexOf('/') + 1);
    }

    private static void collect(XmlNode node, String path, SortedSet<String> paths) {
        paths.add(path);
        for (XmlNode child : node.children()) {
            collect(child, path + "/" + child.name(), paths);
        }
    }
}
