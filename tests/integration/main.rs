//! gatewayctl's integration tests: the real binary, a real MariaDB/MySQL
//! (one throwaway database per test), a local HTTP server for Twilio.

mod common;

mod bad_input;
mod cli;
mod connect;
mod contract;
mod doctor;
mod equivalence;
mod listing;
mod send_test;
mod terminal;
mod undo;
mod validate;
mod writes;
