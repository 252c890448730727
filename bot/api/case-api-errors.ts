import type { Response } from 'express';
import { CaseInputError } from '../../domain/cases/case-input-error.ts';
import { CaseRefusedError, type CaseRefusal } from '../../domain/cases/case-types.ts';
import { PhotoRejectedError } from '../../domain/media/photo-store.ts';
import { describeRefusal } from '../messages/case-refusal-messages.ts';
import { sendFieldErrors } from './validate-body.ts';

const REFUSAL_STATUS: Record<CaseRefusal['code'], number> = {
  not_found: 404,
  forbidden: 403,
  not_assignee: 403,
  illegal_transition: 409,
  already_taken: 409,
  forward_loop: 409,
  reopen_window_passed: 409,
  already_rated: 409,
  needs_result_photo: 400,
  unknown_office: 400,
};

const INPUT_MESSAGES: Record<CaseInputError['problem'], string> = {
  unknown_category: 'ไม่พบประเภทเรื่องนี้ กรุณาเลือกใหม่',
  kind_mismatch: 'ประเภทเรื่องไม่ตรงกับการแจ้งปัญหา/ขอคำปรึกษาที่เลือก',
  unknown_area: 'ไม่พบตำบลนี้ในอำเภอที่เลือก กรุณาเลือกใหม่',
  photo_not_yours: 'รูปนี้ไม่ได้อัปโหลดโดยบัญชีนี้ กรุณาแนบใหม่',
};

/** The case domain's refusals as HTTP answers with a Thai message; anything else is rethrown. */
export function answerCaseError(res: Response, error: unknown, ticket?: string): void {
  if (error instanceof CaseRefusedError) {
    const { refusal } = error;
    const body = { error: refusal.code, message: describeRefusal(refusal, ticket) };
    if (refusal.code === 'needs_result_photo') return sendFieldErrors(res, { photoIds: body.message });
    if (refusal.code === 'unknown_office') return sendFieldErrors(res, { toOfficeCode: body.message });
    res.status(REFUSAL_STATUS[refusal.code]).json(body);
    return;
  }
  if (error instanceof CaseInputError) return sendFieldErrors(res, { [error.field]: INPUT_MESSAGES[error.problem] });
  if (error instanceof PhotoRejectedError) {
    const tooLarge = error.reason === 'too_large';
    res.status(tooLarge ? 413 : 400).json({
      error: tooLarge ? 'photo_too_large' : 'not_an_image',
      message: tooLarge ? 'รูปใหญ่เกิน 10 MB ค่ะ กรุณาเลือกรูปที่เล็กลง' : 'ไฟล์นี้ไม่ใช่รูปภาพ กรุณาเลือกรูปถ่าย (JPEG, PNG หรือ WebP)',
    });
    return;
  }
  throw error;
}
