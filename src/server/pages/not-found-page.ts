/** The page of a path the app does not have: a real 404 that search engines and link checkers believe. */
export const NOT_FOUND_PAGE = `<!doctype html>
<html lang="uk">
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Сторінку не знайдено — Вістки</title>
<h1>Сторінку не знайдено</h1>
<p>За цією адресою нічого немає. <a href="/">Новини міської ради</a></p>
</html>
`;
