export { COURSE_SURVEY, generateSurvey, shareAboveThreshold, surveyStatistics, type SurveyHousehold, type SurveyMistakes, type SurveyStatistics } from './household-survey';
export { parseSurveyCsv, SURVEY_CSV_HEADERS, SURVEY_CSV_TITLE, surveyToCsv } from './survey-csv';
