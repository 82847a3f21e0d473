//! The bundled data in the form the app carries it: `build.rs` parses and validates `data/*.csv`
//! natively (a problem fails the build with its file, line and column) and writes the resulting
//! `Dataset` as a compact binary table; the app decodes that table at start-up. Decoding only
//! copies values out (no CSV, no validation), so the WASM needs neither for the bundled data and
//! start-up does not wait for them.
//!
//! The format: every value in field order; unsigned integers as LEB128 varints, strings as a
//! length and UTF-8 bytes, lists as a count and items, `Option` as a 0/1 tag, closed vocabularies
//! as their index. A reader's own CSV never takes this path: it is parsed and validated in full.

use super::dataset::Dataset;
use super::date::PartialDate;
use super::model::{BaseFamily, Category, Change, Location, Model, Province, Quote, Source, Specialty, SurveyFigure};
use super::parse::{DataError, ErrorKind};
use super::vocab::{ChangeKind, DeveloperKind, FamilyKind, Modality, OpenWeights, SourceKind};

/// First bytes of a bundle, with the format's version: a bundle from another build is refused.
const MAGIC: &[u8; 4] = b"MLA2";

/// Writes `ds` as a bundle.
pub fn encode(ds: &Dataset) -> Vec<u8> {
    let mut w = MAGIC.to_vec();
    ds.put(&mut w);
    w
}

/// Reads a bundle written by `encode`; `None` when the bytes are not one (never a panic).
pub fn decode(bytes: &[u8]) -> Option<Dataset> {
    let mut r = Reader { bytes: bytes.strip_prefix(MAGIC)? };
    let ds = Dataset::take(&mut r)?;
    r.bytes.is_empty().then_some(ds)
}

/// The data compiled into this build (written by `build.rs` from `data/`): validated at build
/// time, only decoded here. An undecodable bundle is a broken build, said as a data error.
#[cfg(atlas_bundle)]
pub fn bundled() -> Result<Dataset, Vec<DataError>> {
    static BUNDLE: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/bundle.bin"));
    decode(BUNDLE).ok_or_else(|| vec![DataError::whole_file("bundle", ErrorKind::BundleUnreadable)])
}

/// The data the one-chart embed carries: every row and every value a chart, its finding lines, its
/// notes, the filters and the search read, without what only the explorer's table, provenance
/// panel, Sources view and downloads show (each model's notes, source address and parameter
/// count, each location's page and quotation, each survey figure's sentence and scope, each
/// category's description). Every embed links to the full atlas, where they are; a test holds
/// every card equal on this and on the whole data.
pub fn for_embeds(mut ds: Dataset) -> Dataset {
    for f in &mut ds.figures {
        f.quote.clear();
        f.scope.clear();
    }
    for c in &mut ds.categories {
        c.description.clear();
    }
    for m in &mut ds.models {
        m.notes.clear();
        m.source_url.clear();
        m.params_b = None;
    }
    for l in &mut ds.locations {
        l.source_url.clear();
        l.evidence.clear();
    }
    ds
}

struct Reader<'a> {
    bytes: &'a [u8],
}

impl Reader<'_> {
    fn byte(&mut self) -> Option<u8> {
        let (&b, rest) = self.bytes.split_first()?;
        self.bytes = rest;
        Some(b)
    }

    fn varint(&mut self) -> Option<u64> {
        let mut n = 0u64;
        for shift in (0..64).step_by(7) {
            let b = self.byte()?;
            n |= u64::from(b & 0x7f) << shift;
            if b & 0x80 == 0 {
                return Some(n);
            }
        }
        None
    }

    fn take_bytes(&mut self, n: usize) -> Option<&[u8]> {
        if n > self.bytes.len() {
            return None;
        }
        let (head, rest) = self.bytes.split_at(n);
        self.bytes = rest;
        Some(head)
    }
}

fn put_varint(w: &mut Vec<u8>, mut n: u64) {
    while n >= 0x80 {
        w.push((n as u8) | 0x80);
        n >>= 7;
    }
    w.push(n as u8);
}

/// A value that can be written to and read from a bundle.
trait Bundled: Sized {
    fn put(&self, w: &mut Vec<u8>);
    fn take(r: &mut Reader<'_>) -> Option<Self>;
}

impl Bundled for String {
    fn put(&self, w: &mut Vec<u8>) {
        put_varint(w, self.len() as u64);
        w.extend_from_slice(self.as_bytes());
    }
    fn take(r: &mut Reader<'_>) -> Option<Self> {
        let n = usize::try_from(r.varint()?).ok()?;
        std::str::from_utf8(r.take_bytes(n)?).ok().map(str::to_owned)
    }
}

impl Bundled for u32 {
    fn put(&self, w: &mut Vec<u8>) {
        put_varint(w, u64::from(*self));
    }
    fn take(r: &mut Reader<'_>) -> Option<Self> {
        u32::try_from(r.varint()?).ok()
    }
}

impl Bundled for f64 {
    fn put(&self, w: &mut Vec<u8>) {
        w.extend_from_slice(&self.to_bits().to_le_bytes());
    }
    fn take(r: &mut Reader<'_>) -> Option<Self> {
        Some(f64::from_bits(u64::from_le_bytes(r.take_bytes(8)?.try_into().ok()?)))
    }
}

impl<T: Bundled> Bundled for Vec<T> {
    fn put(&self, w: &mut Vec<u8>) {
        put_varint(w, self.len() as u64);
        for item in self {
            item.put(w);
        }
    }
    fn take(r: &mut Reader<'_>) -> Option<Self> {
        let n = usize::try_from(r.varint()?).ok()?;
        // Every item takes at least one byte: a count beyond what is left is a broken bundle,
        // not a reason to reserve gigabytes.
        if n > r.bytes.len() {
            return None;
        }
        let mut out = Vec::with_capacity(n);
        for _ in 0..n {
            out.push(T::take(r)?);
        }
        Some(out)
    }
}

impl<T: Bundled> Bundled for Option<T> {
    fn put(&self, w: &mut Vec<u8>) {
        match self {
            None => w.push(0),
            Some(v) => {
                w.push(1);
                v.put(w);
            }
        }
    }
    fn take(r: &mut Reader<'_>) -> Option<Self> {
        match r.byte()? {
            0 => Some(None),
            1 => Some(Some(T::take(r)?)),
            _ => None,
        }
    }
}

impl Bundled for PartialDate {
    fn put(&self, w: &mut Vec<u8>) {
        put_varint(w, u64::from(self.year));
        w.push(self.month.unwrap_or(0));
        w.push(self.day.unwrap_or(0));
    }
    fn take(r: &mut Reader<'_>) -> Option<Self> {
        let year = u16::try_from(r.varint()?).ok()?;
        let nonzero = |b: u8| (b != 0).then_some(b);
        Some(PartialDate { year, month: nonzero(r.byte()?), day: nonzero(r.byte()?) })
    }
}

/// Closed vocabularies travel as their index in `ALL`.
macro_rules! bundled_vocabulary {
    ($($t:ty),+) => {$(
        impl Bundled for $t {
            fn put(&self, w: &mut Vec<u8>) {
                w.push(self.index() as u8);
            }
            fn take(r: &mut Reader<'_>) -> Option<Self> {
                <$t>::ALL.get(usize::from(r.byte()?)).copied()
            }
        }
    )+};
}

bundled_vocabulary!(DeveloperKind, Modality, OpenWeights, SourceKind, FamilyKind, ChangeKind);

/// Records travel field by field. Each field is named once here: `take` builds the struct with
/// every field, so a field added to a record and forgotten here does not compile.
macro_rules! bundled_record {
    ($($t:ident { $($field:ident),+ $(,)? })+) => {$(
        impl Bundled for $t {
            fn put(&self, w: &mut Vec<u8>) {
                $(self.$field.put(w);)+
            }
            fn take(r: &mut Reader<'_>) -> Option<Self> {
                Some($t { $($field: Bundled::take(r)?),+ })
            }
        }
    )+};
}

bundled_record! {
    Category { id, name_en, name_zh, description, functions_count, source_id }
    Source { id, title, publisher, published, url }
    SurveyFigure { metric, value, unit, scope, source_id, quote }
    Quote { id, category, quote, source_id }
    Model {
        id, name, name_zh, developer, developer_kind, partners, category, functions, function_categories, specialties, modality,
        base_model, params_b, open_weights, released, source_url, source_kind, source_id, notes,
    }
    Specialty { id, name_en, name_zh }
    BaseFamily { id, name_en, name_zh, matches, kind, developer }
    Change { version, model_id, kind, fields }
    Province { id, name_en, name_zh }
    Location { developer, city, province, source_url, evidence }
    Dataset { categories, sources, figures, quotes, models, specialties, base_families, changes, provinces, locations }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn varints_round_trip_and_truncated_input_is_refused() {
        for n in [0u64, 1, 127, 128, 300, 16_383, 16_384, u64::from(u32::MAX), u64::MAX] {
            let mut w = Vec::new();
            put_varint(&mut w, n);
            assert_eq!(Reader { bytes: &w }.varint(), Some(n));
            assert_eq!(Reader { bytes: &w[..w.len() - 1] }.varint(), None, "{n} cut short");
        }
        assert_eq!(Reader { bytes: &[0xff; 11] }.varint(), None, "more than 64 bits");
    }

    #[test]
    fn other_bytes_are_not_a_bundle() {
        assert_eq!(decode(b""), None);
        assert_eq!(decode(b"id,name\n"), None);
        let mut ok = encode(&Dataset::default());
        assert_eq!(decode(&ok), Some(Dataset::default()));
        ok.push(0);
        assert_eq!(decode(&ok), None, "trailing bytes");
        let mut huge = MAGIC.to_vec();
        put_varint(&mut huge, u64::MAX);
        assert_eq!(decode(&huge), None, "a count larger than the input");
    }
}
