//! The datasets the explorer knows by id: one table of ids, names and class names that the
//! trainer, the page and the "Train it yourself" view all read.
//!
//! A dataset of your own is not in the table: its id, label and class names come from the
//! trainer's command line and its files, and travel in the bundle metadata and the manifest.

/// One built-in dataset.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct KnownDataset {
    /// Short id used in file and model names and in the manifest, e.g. `fashion`.
    pub id: &'static str,
    /// Name shown in the app's dataset switcher, e.g. `MNIST digits`.
    pub label: &'static str,
    /// The dataset's own name, e.g. `Fashion-MNIST` (as in "the Fashion-MNIST test set").
    pub name: &'static str,
    /// Other spellings of the id that name it, lowercase with `-` (see [`find`]), e.g.
    /// `fashion-mnist`.
    pub aliases: &'static [&'static str],
    /// Class names, indexed by label.
    pub class_names: &'static [&'static str],
}

/// MNIST handwritten digits (LeCun, Cortes & Burges; CC BY-SA 3.0).
pub const MNIST: KnownDataset = KnownDataset {
    id: "mnist",
    label: "MNIST digits",
    name: "MNIST",
    aliases: &[],
    class_names: &["0", "1", "2", "3", "4", "5", "6", "7", "8", "9"],
};

/// Fashion-MNIST clothing images (Xiao, Rasul & Vollgraf 2017, Zalando; MIT).
pub const FASHION: KnownDataset = KnownDataset {
    id: "fashion",
    label: "Fashion-MNIST",
    name: "Fashion-MNIST",
    aliases: &["fashion-mnist", "fashionmnist"],
    class_names: &[
        "T-shirt/top",
        "Trouser",
        "Pullover",
        "Dress",
        "Coat",
        "Sandal",
        "Shirt",
        "Sneaker",
        "Bag",
        "Ankle boot",
    ],
};

/// Every built-in dataset, in the order the app lists them.
pub const KNOWN: [KnownDataset; 2] = [MNIST, FASHION];

/// The built-in dataset whose id is exactly `id` (`mnist`, `fashion`), if any.
pub fn known(id: &str) -> Option<&'static KnownDataset> {
    KNOWN.iter().find(|d| d.id == id)
}

/// The index of a Fashion-MNIST class by its English name (`Ankle boot` → 9): how the
/// page and the training view find the message of a class name a bundle carries.
pub fn fashion_class(name: &str) -> Option<usize> {
    FASHION.class_names.iter().position(|n| *n == name)
}

/// The built-in dataset that `name` names: its id or one of its aliases, ignoring case and
/// `_` for `-` (`Fashion_MNIST` → [`FASHION`]).
pub fn find(name: &str) -> Option<&'static KnownDataset> {
    let n = name.to_ascii_lowercase().replace('_', "-");
    KNOWN
        .iter()
        .find(|d| d.id == n || d.aliases.contains(&n.as_str()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lookups() {
        assert_eq!(known("fashion"), Some(&FASHION));
        assert_eq!(known("Fashion"), None);
        assert_eq!(known("fashion-mnist"), None);
        assert_eq!(find("MNIST"), Some(&MNIST));
        assert_eq!(find("fashion_mnist").map(|d| d.name), Some("Fashion-MNIST"));
        assert_eq!(find("FashionMNIST"), Some(&FASHION));
        assert_eq!(find("cifar"), None);
        for d in KNOWN {
            assert_eq!(d.class_names.len(), 10, "{}", d.id);
            assert!(d.aliases.iter().all(|a| *a == a.to_ascii_lowercase()));
        }
        assert_eq!(FASHION.class_names[9], "Ankle boot");
    }
}
