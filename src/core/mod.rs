//! The pure core: data model and validation, filtering and aggregation, URL state, chart layout
//! and drawing. It must not import `leptos`, `web_sys` or anything that needs a browser: it
//! builds and tests natively (and the browser-only crates are not even dependencies there).

pub mod active;
pub mod bundle;
pub mod cards;
pub mod chart;
pub mod cite;
pub mod compare;
pub mod correction;
pub mod dataset;
pub mod date;
pub mod export;
pub mod facet;
pub mod figures;
pub mod filter;
pub mod first_screen;
pub mod fold;
pub mod formula;
pub mod html;
pub mod i18n;
pub mod json;
pub mod labels;
pub mod lineage;
pub mod model;
pub mod pace;
pub mod package;
pub mod parse;
pub mod provenance;
pub mod search;
pub mod sort;
pub mod stories;
pub mod survey;
pub mod table;
pub mod timeline;
pub mod url_state;
pub mod user_file;
pub mod versions;
pub mod views;
pub mod vocab;
