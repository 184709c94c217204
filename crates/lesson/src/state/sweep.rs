//! The sweep of the decode and classify steps: the 8 × 8 blocks of the map, a cell per tick at
//! the chosen speed (or at once with reduced motion), each cell decoded with the page's kernels
//! and, in the classify step, classified; and what screen readers hear of it.

use super::{class_name, Lesson, LessonEffect, Step};
use latent_core::latent_map::Meshgrid;
use latent_i18n::t;

/// Sweep cells per side: the decode and classify steps sweep `SIDE × SIDE` blocks of the map.
pub const SIDE: usize = 8;
/// Cells of a sweep.
pub const CELLS: usize = SIDE * SIDE;

/// How fast the sweep plays.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Speed {
    /// Two cells a second.
    Slow,
    /// Six cells a second.
    #[default]
    Normal,
    /// Twenty-four cells a second.
    Fast,
}

impl Speed {
    /// Milliseconds between two cells.
    pub fn interval_ms(self) -> u32 {
        match self {
            Speed::Slow => 500,
            Speed::Normal => 166,
            Speed::Fast => 42,
        }
    }

    /// Its value in the speed menu.
    pub fn id(self) -> &'static str {
        match self {
            Speed::Slow => "slow",
            Speed::Normal => "normal",
            Speed::Fast => "fast",
        }
    }

    /// The speed of a menu value.
    pub fn from_id(id: &str) -> Option<Speed> {
        [Speed::Slow, Speed::Normal, Speed::Fast]
            .into_iter()
            .find(|s| s.id() == id)
    }
}

/// A swept cell: a block of the map and the real grid cell at its centre.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Cell {
    /// Block row and column, `0..SIDE`, from the top left.
    pub block: (usize, usize),
    /// The grid cell at the block's centre: row (from the top) and column.
    pub grid: (usize, usize),
    /// That cell's centre, latent units.
    pub z: [f32; 2],
}

/// Sweep cell `k` (`0..CELLS`, row by row from the top left) of `grid`.
pub fn cell(grid: &Meshgrid, k: usize) -> Cell {
    let (r, c) = (k / SIDE, k % SIDE);
    let row = (r * grid.height + grid.height / 2) / SIDE;
    let col = (c * grid.width + grid.width / 2) / SIDE;
    Cell {
        block: (r, c),
        grid: (row, col),
        z: grid.cell_centre(row, col),
    }
}

/// The block rows and columns of grid `g` that block `(r, c)` covers: `[row₀, row₁) × [col₀, col₁)`.
pub fn block_cells(g: &Meshgrid, (r, c): (usize, usize)) -> ([usize; 2], [usize; 2]) {
    (
        [r * g.height / SIDE, (r + 1) * g.height / SIDE],
        [c * g.width / SIDE, (c + 1) * g.width / SIDE],
    )
}

/// What the classify step found at a cell.
#[derive(Debug, Clone, PartialEq)]
pub struct Verdict {
    /// Class probabilities of the decode at the cell's centre (sum 1).
    pub probs: Vec<f32>,
    /// The most probable class.
    pub class: u8,
}

pub(super) fn play(l: &mut Lesson, fx: &mut Vec<LessonEffect>) {
    if !l.step.is_some_and(Step::sweeps) || !l.ready() {
        return;
    }
    if l.done >= CELLS {
        l.done = 0;
        l.tiles.clear();
        l.verdicts.clear();
    }
    if l.reduced_motion {
        // no motion: the sweep jumps to its end state
        while l.done < CELLS {
            advance(l);
        }
        say_cell(l);
        return;
    }
    l.playing = true;
    l.generation += 1;
    fx.push(LessonEffect::Timer(Some((
        l.speed.interval_ms(),
        l.generation,
    ))));
}

pub(super) fn pause(l: &mut Lesson, fx: &mut Vec<LessonEffect>) {
    if l.playing {
        l.playing = false;
        fx.push(LessonEffect::Timer(None));
        say_cell(l);
    }
}

/// Sweeps one more cell: decodes it (decode step), and classifies the decode (classify step).
pub(super) fn advance(l: &mut Lesson) {
    let (Some(step), Some(v)) = (l.step, l.files.view.clone()) else {
        return;
    };
    if !step.sweeps() || l.done >= CELLS || !l.ready() {
        return;
    }
    let c = cell(&v.map.grid, l.done);
    let px = v.decode(c.z);
    if step == Step::Classify {
        let Some(clf) = &l.files.classifier else {
            return;
        };
        let Ok(mut p) = clf.probabilities(&px) else {
            return;
        };
        let probs = p.pop().unwrap_or_default();
        let class = argmax(&probs);
        l.verdicts.push(Verdict { probs, class });
    }
    l.tiles.push(px);
    l.done += 1;
}

/// The index of the largest value (the first of equals).
pub fn argmax(p: &[f32]) -> u8 {
    let mut best = 0;
    for (i, &x) in p.iter().enumerate() {
        if x > p[best] {
            best = i;
        }
    }
    best as u8
}

/// Says what the sweep just did ("Cell 12 of 64 decoded: …").
pub(super) fn say_cell(l: &mut Lesson) {
    let (Some(step), Some(g)) = (l.step, l.grid()) else {
        return;
    };
    if !step.sweeps() {
        return;
    }
    if l.done == 0 {
        l.tell(t!("lesson-say-sweep-empty"));
        return;
    }
    let k = l.done - 1;
    let z = cell(&g, k).z;
    let z = t!(
        "lesson-z",
        z1 = latent_i18n::num(z[0], 2),
        z2 = latent_i18n::num(z[1], 2)
    );
    let text = match (step, l.verdicts.get(k)) {
        (Step::Classify, Some(v)) => t!(
            "lesson-say-classified",
            n = k + 1,
            count = CELLS,
            class = class_name(l.class_names(), v.class),
            percent = latent_i18n::num(100.0 * v.probs[v.class as usize], 0),
            z = z
        ),
        _ => t!("lesson-say-decoded", n = k + 1, count = CELLS, z = z),
    };
    l.tell(text);
}
