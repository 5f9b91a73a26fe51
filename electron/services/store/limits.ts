/**
 * The largest meeting file the store opens, imports, offers as a backup or lets an edit make. A
 * real meeting is a few hundred KB. A save takes about 10 ms per MB (measured on 2 cores: 0.3 MB
 * 4 ms, 10 MB 84 ms, 20 MB 195 ms, 60 MB 890 ms, the median of 8 saves), so at 10 MB a save stays
 * well within the 250 ms promised, with room for a slower machine.
 */
export const MAX_MEETING_FILE_BYTES = 10 * 1024 * 1024;
