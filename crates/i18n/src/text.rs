//! A sentence as the pure model keeps it: a message id and its arguments, turned into the
//! active language only when drawn ([`crate::L10n::text`]).

/// A message to show: the id of a message in the `.ftl` files and its named arguments.
/// Build it with [`t!`](crate::t).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Text {
    /// The message's id, e.g. `status-loading` (empty in the default `Text`, which formats
    /// as nothing).
    pub id: &'static str,
    /// Its variables, by name (`$name` in the message).
    pub args: Vec<(&'static str, Arg)>,
}

/// A message's variable.
#[derive(Clone, Debug, PartialEq)]
pub enum Arg {
    /// Verbatim text: a model's or a file's name, a browser's message.
    Str(String),
    /// A number written with the locale's separators: `decimals` digits after the
    /// separator, or as few as it needs when `None`. Plurals select on it.
    Num {
        /// The value.
        value: f64,
        /// Digits after the decimal separator.
        decimals: Option<u8>,
    },
    /// Another message, in the same language (a class name, a reason).
    Text(Box<Text>),
}

impl Text {
    /// A message without variables.
    pub const fn id(id: &'static str) -> Text {
        Text {
            id,
            args: Vec::new(),
        }
    }

    /// Adds the variable `name`.
    pub fn arg(self, name: &'static str, value: impl Into<Arg>) -> Text {
        // one copy of the push for every argument type (only the conversion is generic)
        self.with(name, value.into())
    }

    fn with(mut self, name: &'static str, value: Arg) -> Text {
        self.args.push((name, value));
        self
    }

    /// The variable `name`, if set.
    pub fn get(&self, name: &str) -> Option<&Arg> {
        self.args.iter().find(|(n, _)| *n == name).map(|(_, a)| a)
    }
}

/// A number with exactly `decimals` digits after the separator: `num(0.6551, 3)` is written
/// `0.655` in English and `0,655` in German.
pub fn num(value: impl Into<f64>, decimals: u8) -> Arg {
    Arg::Num {
        value: value.into(),
        decimals: Some(decimals),
    }
}

impl From<&str> for Arg {
    fn from(s: &str) -> Arg {
        Arg::Str(s.into())
    }
}
impl From<String> for Arg {
    fn from(s: String) -> Arg {
        Arg::Str(s)
    }
}
impl From<&String> for Arg {
    fn from(s: &String) -> Arg {
        Arg::Str(s.clone())
    }
}
impl From<Text> for Arg {
    fn from(t: Text) -> Arg {
        Arg::Text(Box::new(t))
    }
}

macro_rules! whole {
    ($($t:ty),*) => {$(
        impl From<$t> for Arg {
            fn from(n: $t) -> Arg {
                Arg::Num { value: n as f64, decimals: Some(0) }
            }
        }
    )*};
}
whole!(u8, u16, u32, u64, usize, i32, i64);

impl From<f64> for Arg {
    fn from(value: f64) -> Arg {
        Arg::Num {
            value,
            decimals: None,
        }
    }
}
impl From<f32> for Arg {
    fn from(value: f32) -> Arg {
        Arg::Num {
            value: value as f64,
            decimals: None,
        }
    }
}

/// A [`Text`]: `t!("status-loading")`, `t!("epoch-of", epoch = 3, total = 20)`,
/// `t!("z-readout", z1 = num(z[0], 3), z2 = num(z[1], 3))`.
#[macro_export]
macro_rules! t {
    ($id:literal $(,)?) => { $crate::Text::id($id) };
    ($id:literal, $($name:ident = $value:expr),+ $(,)?) => {
        $crate::Text::id($id)$(.arg(stringify!($name), $value))+
    };
}
