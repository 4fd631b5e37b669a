import { SubmitAnswerDto } from '../submissions/submissions.dto';

/** An answer on one's own paper: option letters as shown on that paper (A, B, C… after shuffling). */
export class PaperAnswerDto extends SubmitAnswerDto {}
