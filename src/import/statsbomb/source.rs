//! Where an events file's bytes come from: an open file or bytes in memory, read from any
//! offset, so two readers can take parts of one file at once.

use std::fs::File;
use std::io::Read;

/// The whole events file: an open file, or its bytes already in memory.
#[derive(Debug, Clone, Copy)]
pub enum Source<'s> {
    File(&'s File),
    Bytes(&'s [u8]),
}

impl<'s> Source<'s> {
    /// The length in bytes, where it can be told.
    pub fn len(self) -> Option<u64> {
        match self {
            Source::File(file) => file.metadata().ok().map(|m| m.len()),
            Source::Bytes(bytes) => u64::try_from(bytes.len()).ok(),
        }
    }

    /// A reader from `offset` on; readers at different offsets do not disturb each other.
    pub fn at(self, offset: u64) -> At<'s> {
        At {
            source: self,
            offset,
        }
    }
}

/// A reader of a `Source` from an offset on.
#[derive(Debug)]
pub struct At<'s> {
    source: Source<'s>,
    offset: u64,
}

impl Read for At<'_> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let n = match self.source {
            Source::File(file) => read_at(file, buf, self.offset)?,
            Source::Bytes(bytes) => {
                let start =
                    usize::try_from(self.offset).map_or(bytes.len(), |o| o.min(bytes.len()));
                let rest = &bytes[start..];
                let n = rest.len().min(buf.len());
                buf[..n].copy_from_slice(&rest[..n]);
                n
            }
        };
        self.offset += n as u64;
        Ok(n)
    }
}

#[cfg(unix)]
fn read_at(file: &File, buf: &mut [u8], offset: u64) -> std::io::Result<usize> {
    std::os::unix::fs::FileExt::read_at(file, buf, offset)
}

#[cfg(windows)]
fn read_at(file: &File, buf: &mut [u8], offset: u64) -> std::io::Result<usize> {
    std::os::windows::fs::FileExt::seek_read(file, buf, offset)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn readers_at_two_offsets_of_one_file_each_read_their_own_part() -> std::io::Result<()> {
        let mut file = tempfile::tempfile()?;
        std::io::Write::write_all(&mut file, b"0123456789")?;
        for source in [Source::File(&file), Source::Bytes(b"0123456789")] {
            let (mut first, mut second) = (String::new(), String::new());
            source.at(6).read_to_string(&mut second)?;
            source.at(2).take(3).read_to_string(&mut first)?;
            assert_eq!((first.as_str(), second.as_str()), ("234", "6789"));
            assert_eq!(source.len(), Some(10));
            assert_eq!(source.at(20).read(&mut [0; 4])?, 0);
        }
        Ok(())
    }
}
