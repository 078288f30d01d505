<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru" sourcelanguage="en">
    <context>
        <name>AboutDialog</name>
        <message>
            <source>About Wind-Down Coach</source>
            <translation>О программе Wind-Down Coach</translation>
        </message>
        <message>
            <source>Spoken relaxation and an evening plan for better sleep. Habit support, not medicine: if night-time twitches go on all night, get worse, happen while awake or leave you never rested, please see a doctor.</source>
            <translation>Расслабление под голос и вечерний план для спокойного сна. Это помощь в привычках, а не лечение: если ночные вздрагивания продолжаются всю ночь, усиливаются, бывают наяву или вы совсем не высыпаетесь, пожалуйста, обратитесь к врачу.</translation>
        </message>
        <message>
            <source>Copy diagnostics</source>
            <translation>Скопировать сведения</translation>
        </message>
        <message>
            <source>Copy diagnostics for a support request</source>
            <translation>Скопировать сведения о системе для обращения в поддержку</translation>
        </message>
    </context>
    <context>
        <name>App</name>
        <message>
            <source>not started yet</source>
            <extracomment>The settings in force; they change only through :meth:`save_settings`. The questions asked of the person (Qt's dialogs; tests script the answers). The voices the speech engine offers (None until it has listed them). Starts the speech helper a moment after the window is up. Quits a set time after a session (settings: quit_after_minutes). How the app quits (QApplication.quit; tests give their own). The main window's place and size between runs. Opens the bedtime and checklist editor (given by the evening's wiring). Preferences while they are open. The morning check-in (full, or simple mode's quick one) while it is open. "I startled" while it is open. The sleep history page while it is open. The window's language (Preferences → Language, else the system's); the routine list offers the built-in routines in it. The language the system asks for (where there is a catalogue for it).</extracomment>
            <translation>ещё не запущен</translation>
        </message>
        <message>
            <source>none found</source>
            <translation>не найдено</translation>
        </message>
        <message>
            <source>The new language is used from the next start of Wind-Down Coach.</source>
            <translation>Новый язык появится при следующем запуске программы.</translation>
        </message>
        <message>
            <source>the relaxation session</source>
            <translation>сеанс расслабления</translation>
        </message>
        <message>
            <source>the bath timer</source>
            <translation>таймер ванны</translation>
        </message>
        <message>
            <source>Quit Wind-Down Coach</source>
            <translation>Выйти из программы</translation>
        </message>
        <message>
            <source>Quitting now stops {join}. Quit anyway?</source>
            <translation>Если выйти сейчас, остановится {join}. Всё равно выйти?</translation>
        </message>
        <message>
            <source> and </source>
            <translation> и </translation>
        </message>
    </context>
    <context>
        <name>BodyAreas</name>
        <message>
            <source>Right thumb</source>
            <translation>Большой палец правой руки</translation>
        </message>
        <message>
            <source>Right index finger</source>
            <translation>Указательный палец правой руки</translation>
        </message>
        <message>
            <source>Right middle finger</source>
            <translation>Средний палец правой руки</translation>
        </message>
        <message>
            <source>Right ring finger</source>
            <translation>Безымянный палец правой руки</translation>
        </message>
        <message>
            <source>Right little finger</source>
            <translation>Мизинец правой руки</translation>
        </message>
        <message>
            <source>Right hand</source>
            <translation>Правая кисть</translation>
        </message>
        <message>
            <source>Right forearm</source>
            <translation>Правое предплечье</translation>
        </message>
        <message>
            <source>Right upper arm</source>
            <translation>Правое плечо (выше локтя)</translation>
        </message>
        <message>
            <source>Right shoulder</source>
            <translation>Правое плечо</translation>
        </message>
        <message>
            <source>Right toes</source>
            <translation>Пальцы правой ноги</translation>
        </message>
        <message>
            <source>Right foot</source>
            <translation>Правая стопа</translation>
        </message>
        <message>
            <source>Right calf</source>
            <translation>Правая голень</translation>
        </message>
        <message>
            <source>Right thigh</source>
            <translation>Правое бедро</translation>
        </message>
        <message>
            <source>Right hand and forearm</source>
            <translation>Правая кисть и предплечье</translation>
        </message>
        <message>
            <source>Right arm</source>
            <translation>Правая рука</translation>
        </message>
        <message>
            <source>Right leg</source>
            <translation>Правая нога</translation>
        </message>
        <message>
            <source>Left thumb</source>
            <translation>Большой палец левой руки</translation>
        </message>
        <message>
            <source>Left index finger</source>
            <translation>Указательный палец левой руки</translation>
        </message>
        <message>
            <source>Left middle finger</source>
            <translation>Средний палец левой руки</translation>
        </message>
        <message>
            <source>Left ring finger</source>
            <translation>Безымянный палец левой руки</translation>
        </message>
        <message>
            <source>Left little finger</source>
            <translation>Мизинец левой руки</translation>
        </message>
        <message>
            <source>Left hand</source>
            <translation>Левая кисть</translation>
        </message>
        <message>
            <source>Left forearm</source>
            <translation>Левое предплечье</translation>
        </message>
        <message>
            <source>Left upper arm</source>
            <translation>Левое плечо (выше локтя)</translation>
        </message>
        <message>
            <source>Left shoulder</source>
            <translation>Левое плечо</translation>
        </message>
        <message>
            <source>Left toes</source>
            <translation>Пальцы левой ноги</translation>
        </message>
        <message>
            <source>Left foot</source>
            <translation>Левая стопа</translation>
        </message>
        <message>
            <source>Left calf</source>
            <translation>Левая голень</translation>
        </message>
        <message>
            <source>Left thigh</source>
            <translation>Левое бедро</translation>
        </message>
        <message>
            <source>Left hand and forearm</source>
            <translation>Левая кисть и предплечье</translation>
        </message>
        <message>
            <source>Left arm</source>
            <translation>Левая рука</translation>
        </message>
        <message>
            <source>Left leg</source>
            <translation>Левая нога</translation>
        </message>
        <message>
            <source>Forehead</source>
            <translation>Лоб</translation>
        </message>
        <message>
            <source>Eyes and nose</source>
            <translation>Глаза и нос</translation>
        </message>
        <message>
            <source>Cheeks and jaw</source>
            <translation>Щёки и челюсть</translation>
        </message>
        <message>
            <source>Face</source>
            <translation>Лицо</translation>
        </message>
        <message>
            <source>Neck and throat</source>
            <translation>Шея и горло</translation>
        </message>
        <message>
            <source>Face and neck</source>
            <translation>Лицо и шея</translation>
        </message>
        <message>
            <source>Chest, shoulders and upper back</source>
            <translation>Грудь, плечи и верх спины</translation>
        </message>
        <message>
            <source>Abdomen</source>
            <translation>Живот</translation>
        </message>
        <message>
            <source>Chest, shoulders, back and abdomen</source>
            <translation>Грудь, плечи, спина и живот</translation>
        </message>
        <message>
            <source>Both arms</source>
            <translation>Обе руки</translation>
        </message>
        <message>
            <source>Both legs</source>
            <translation>Обе ноги</translation>
        </message>
        <message>
            <source>Whole body</source>
            <translation>Всё тело</translation>
        </message>
    </context>
    <context>
        <name>BodyMap</name>
        <message>
            <source>Body map</source>
            <translation>Схема тела</translation>
        </message>
        <message>
            <source>Shows which part of the body is relaxing now.</source>
            <translation>Показывает, какая часть тела сейчас расслабляется.</translation>
        </message>
    </context>
    <context>
        <name>BreathingGuide</name>
        <message>
            <source>Breathing guide</source>
            <translation>Подсказка дыхания</translation>
        </message>
        <message>
            <source>Breathe in as the circle grows and out as it shrinks.</source>
            <translation>Вдох — пока круг растёт, выдох — пока он сжимается.</translation>
        </message>
    </context>
    <context>
        <name>CaregiverPage</name>
        <message>
            <source>The person's name, used in the greeting</source>
            <translation>Имя человека — для приветствия</translation>
        </message>
        <message>
            <source>Simple mode: one big button and tonight's list</source>
            <translation>Простой режим: одна большая кнопка и список на вечер</translation>
        </message>
        <message>
            <source>High contrast</source>
            <translation>Высокая контрастность</translation>
        </message>
        <message>
            <source>Large text</source>
            <translation>Крупный текст</translation>
        </message>
        <message>
            <source>New PIN or passphrase</source>
            <translation>Новый PIN-код или пароль</translation>
        </message>
        <message>
            <source>The same PIN again</source>
            <translation>Тот же PIN-код ещё раз</translation>
        </message>
        <message>
            <source>Remove the lock</source>
            <translation>Снять блокировку</translation>
        </message>
        <message>
            <source>Export setup…</source>
            <translation>Сохранить настройку…</translation>
        </message>
        <message>
            <source>Export the whole setup to one file</source>
            <translation>Сохранить всю настройку в один файл</translation>
        </message>
        <message>
            <source>Import setup…</source>
            <translation>Загрузить настройку…</translation>
        </message>
        <message>
            <source>Import a setup file from another computer</source>
            <translation>Загрузить файл настройки с другого компьютера</translation>
        </message>
        <message>
            <source>A PIN protects the routines, the checklist, reminders, the voice and leaving simple mode.</source>
            <translation>PIN-код защищает программы расслабления, список дел, напоминания, голос и выход из простого режима.</translation>
        </message>
        <message>
            <source> A lock is set.</source>
            <translation> Блокировка установлена.</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Имя</translation>
        </message>
        <message>
            <source>New PIN</source>
            <translation>Новый PIN-код</translation>
        </message>
        <message>
            <source>Again</source>
            <translation>Ещё раз</translation>
        </message>
        <message numerus="yes">
            <source>the PIN needs at least %n character(s)</source>
            <translation>
                <numerusform>в PIN-коде должен быть хотя бы %n символ</numerusform>
                <numerusform>в PIN-коде должно быть хотя бы %n символа</numerusform>
                <numerusform>в PIN-коде должно быть хотя бы %n символов</numerusform>
            </translation>
        </message>
        <message>
            <source>the two PINs are not the same</source>
            <translation>два PIN-кода не совпадают</translation>
        </message>
    </context>
    <context>
        <name>Caregiving</name>
        <message>
            <source>Wind-Down Coach</source>
            <translation>Wind-Down Coach</translation>
        </message>
        <message>
            <source>These settings are locked. Enter the PIN:</source>
            <translation>Эти настройки заблокированы. Введите PIN-код:</translation>
        </message>
        <message>
            <source>For someone else</source>
            <translation>Для близкого человека</translation>
        </message>
        <message>
            <source>Export setup</source>
            <translation>Сохранить настройку</translation>
        </message>
        <message>
            <source>Include the PIN lock? The other computer will then ask for the same PIN.</source>
            <translation>Добавить блокировку PIN-кодом? Тогда другой компьютер будет спрашивать тот же PIN-код.</translation>
        </message>
        <message>
            <source>Include the sleep diary and startle log? They are health information: include them only when the file goes somewhere you trust.</source>
            <translation>Добавить дневник сна и журнал вздрагиваний? Это сведения о здоровье: добавляйте их, только если файл попадёт в надёжные руки.</translation>
        </message>
        <message>
            <source>The setup could not be written: {exc}</source>
            <translation>Не удалось записать настройку: {exc}</translation>
        </message>
        <message>
            <source>the PIN lock</source>
            <translation>блокировка PIN-кодом</translation>
        </message>
        <message>
            <source>the sleep diary</source>
            <translation>дневник сна</translation>
        </message>
        <message>
            <source> with {parts}</source>
            <translation> ({parts} тоже)</translation>
        </message>
        <message>
            <source> and </source>
            <translation> и </translation>
        </message>
        <message>
            <source>The setup was saved{also} to {path}.</source>
            <translation>Настройка сохранена{also} в {path}.</translation>
        </message>
        <message>
            <source>Import setup</source>
            <translation>Загрузить настройку</translation>
        </message>
        <message>
            <source>{name} was not imported: {exc}</source>
            <translation>{name} не загружен: {exc}</translation>
        </message>
        <message>
            <source>This setup will:

</source>
            <translation>Эта настройка:

</translation>
        </message>
    </context>
    <context>
        <name>CheckInDialog</name>
        <message>
            <source>How did you sleep? — the night of {night}</source>
            <extracomment>"Add a startle…": one for this night (the wiring asks where and keeps it).</extracomment>
            <translation>Как вам спалось? — ночь с {night}</translation>
        </message>
        <message>
            <source>Into bed</source>
            <translation>Легли в постель</translation>
        </message>
        <message>
            <source>Tried to sleep</source>
            <translation>Стали засыпать</translation>
        </message>
        <message>
            <source>Final awakening</source>
            <translation>Окончательно проснулись</translation>
        </message>
        <message>
            <source>Out of bed</source>
            <translation>Встали с постели</translation>
        </message>
        <message>
            <source>Last caffeinated drink</source>
            <translation>Последний напиток с кофеином</translation>
        </message>
        <message>
            <source>Last alcoholic drink</source>
            <translation>Последний алкогольный напиток</translation>
        </message>
        <message>
            <source>Minutes to fall asleep</source>
            <translation>Минут до засыпания</translation>
        </message>
        <message>
            <source>Times woken in the night</source>
            <translation>Сколько раз просыпались ночью</translation>
        </message>
        <message>
            <source>Minutes awake in the night, in all</source>
            <translation>Минут без сна ночью, всего</translation>
        </message>
        <message>
            <source>Quality of sleep</source>
            <translation>Качество сна</translation>
        </message>
        <message>
            <source>How rested you felt</source>
            <translation>Насколько вы отдохнули</translation>
        </message>
        <message>
            <source>Naps</source>
            <translation>Дневной сон</translation>
        </message>
        <message>
            <source>Minutes napping</source>
            <translation>Минут дневного сна</translation>
        </message>
        <message>
            <source>Caffeinated drinks</source>
            <translation>Напитки с кофеином</translation>
        </message>
        <message>
            <source>Alcoholic drinks</source>
            <translation>Алкогольные напитки</translation>
        </message>
        <message>
            <source>Comments</source>
            <translation>Заметки</translation>
        </message>
        <message>
            <source>Filled in by (when someone helps)</source>
            <translation>Кто заполнил (если кто-то помогает)</translation>
        </message>
        <message>
            <source>What needs a look before saving</source>
            <translation>Что нужно поправить перед сохранением</translation>
        </message>
        <message>
            <source>Add a startle…</source>
            <translation>Добавить вздрагивание…</translation>
        </message>
        <message>
            <source>Add a startle to this night</source>
            <translation>Добавить вздрагивание к этой ночи</translation>
        </message>
        <message>
            <source>Startles of this night</source>
            <translation>Вздрагивания этой ночью</translation>
        </message>
        <message>
            <source>The night</source>
            <translation>Ночь</translation>
        </message>
        <message>
            <source>Times woken</source>
            <translation>Сколько раз просыпались</translation>
        </message>
        <message>
            <source>Minutes awake in all</source>
            <translation>Минут без сна, всего</translation>
        </message>
        <message>
            <source>How it was</source>
            <translation>Как прошла ночь</translation>
        </message>
        <message>
            <source>The day before</source>
            <translation>Накануне днём</translation>
        </message>
        <message>
            <source>The last at</source>
            <translation>Последний в</translation>
        </message>
        <message>
            <source>Anything else</source>
            <translation>Что-нибудь ещё</translation>
        </message>
        <message>
            <source>Filled in by</source>
            <translation>Кто заполнил</translation>
        </message>
        <message numerus="yes">
            <source>Startles logged for this night: %n.</source>
            <translation>
                <numerusform>За эту ночь записано %n вздрагивание.</numerusform>
                <numerusform>За эту ночь записано %n вздрагивания.</numerusform>
                <numerusform>За эту ночь записано %n вздрагиваний.</numerusform>
            </translation>
        </message>
        <message>
            <source>No startles logged.</source>
            <translation>Вздрагиваний не записано.</translation>
        </message>
    </context>
    <context>
        <name>Checklist</name>
        <message>
            <source>Finish a light meal</source>
            <extracomment>For timed items such as the bath: how long it lasts (minutes). The checklist a new user starts with: on, the three habits the app is known for; off, the other suggestions about a calm evening.</extracomment>
            <translation>Лёгкий ужин — и больше не есть</translation>
        </message>
        <message>
            <source>Eat lightly, and not in the last two to three hours before bed.</source>
            <translation>Поешьте легко и не позже чем за два–три часа до сна.</translation>
        </message>
        <message>
            <source>Screens off</source>
            <translation>Выключить экраны</translation>
        </message>
        <message>
            <source>TV, computer, games and phone off an hour before bed; a paper book instead.</source>
            <translation>Телевизор, компьютер, игры и телефон — выключить за час до сна; вместо них бумажная книга.</translation>
        </message>
        <message>
            <source>Warm bath</source>
            <translation>Тёплая ванна</translation>
        </message>
        <message>
            <source>About 20 minutes, warm rather than hot; sit for a minute afterwards before lying down.</source>
            <translation>Минут двадцать, тёплая, а не горячая; после неё посидите минутку и только потом ложитесь.</translation>
        </message>
        <message>
            <source>No more caffeine</source>
            <translation>Больше без кофеина</translation>
        </message>
        <message>
            <source>Tea, coffee and cola keep the body alert.</source>
            <translation>Чай, кофе и кола бодрят тело.</translation>
        </message>
        <message>
            <source>An easy evening walk</source>
            <translation>Неспешная вечерняя прогулка</translation>
        </message>
        <message>
            <source>At a gentle pace, dressed warmly.</source>
            <translation>Спокойным шагом, тепло одевшись.</translation>
        </message>
        <message>
            <source>Air the bedroom</source>
            <translation>Проветрить спальню</translation>
        </message>
        <message>
            <source>A cool room, around 18–21 °C, helps sleep.</source>
            <translation>В прохладной комнате, около 18–21 °C, спится лучше.</translation>
        </message>
        <message>
            <source>Something quiet</source>
            <translation>Что-нибудь спокойное</translation>
        </message>
        <message>
            <source>Reading, drawing or a board game rather than anything exciting.</source>
            <translation>Чтение, рисование или настольная игра — ничего будоражащего.</translation>
        </message>
        <message>
            <source>Dim the lights</source>
            <translation>Приглушить свет</translation>
        </message>
        <message>
            <source>Soft light, or a small night light if you need one.</source>
            <translation>Мягкий свет или маленький ночник, если он нужен.</translation>
        </message>
        <message>
            <source>Warm socks and a light blanket</source>
            <translation>Тёплые носки и лёгкое одеяло</translation>
        </message>
        <message>
            <source>Warm feet help the body settle; keep the covers light.</source>
            <translation>Тёплые ноги помогают телу успокоиться; одеяло пусть будет лёгким.</translation>
        </message>
    </context>
    <context>
        <name>Dates</name>
        <message>
            <source>dddd d MMMM</source>
            <extracomment>How a night is named: the weekday, the day and the month (Qt's date format; each language orders them its own way in the catalogue).</extracomment>
            <translation>d MMMM (dddd)</translation>
        </message>
        <message>
            <source>ddd d MMM</source>
            <translation>ddd, d MMM</translation>
        </message>
    </context>
    <context>
        <name>Diary</name>
        <message>
            <source>The check-in was not saved: </source>
            <translation>Отметка о ночи не сохранена: </translation>
        </message>
        <message>
            <source>The startle was not kept: </source>
            <translation>Вздрагивание не записано: </translation>
        </message>
        <message>
            <source>The startle could not be kept ({exc}).</source>
            <translation>Не удалось записать вздрагивание ({exc}).</translation>
        </message>
        <message>
            <source>Startle kept for the night of {night}: {area}.</source>
            <translation>Вздрагивание записано, ночь с {night}: {area}.</translation>
        </message>
        <message>
            <source>The sleep diary could not be read ({exc}).</source>
            <translation>Не удалось прочитать дневник сна ({exc}).</translation>
        </message>
        <message>
            <source>Create a report for the doctor</source>
            <translation>Отчёт для врача</translation>
        </message>
        <message>
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Report</source>
            <translation>Отчёт</translation>
        </message>
        <message>
            <source>The report could not be written to {where}: {exc}</source>
            <translation>Не удалось записать отчёт в {where}: {exc}</translation>
        </message>
        <message numerus="yes">
            <source>The report is in {pdf} (%n page(s)); the nights as a table in {table}, and what its columns mean in {codebook}. Nothing was sent anywhere.</source>
            <translation>
                <numerusform>Отчёт — в {pdf} (%n страница); ночи таблицей — в {table}, а что значат её столбцы — в {codebook}. Никуда ничего не отправлено.</numerusform>
                <numerusform>Отчёт — в {pdf} (%n страницы); ночи таблицей — в {table}, а что значат её столбцы — в {codebook}. Никуда ничего не отправлено.</numerusform>
                <numerusform>Отчёт — в {pdf} (%n страниц); ночи таблицей — в {table}, а что значат её столбцы — в {codebook}. Никуда ничего не отправлено.</numerusform>
            </translation>
        </message>
        <message>
            <source>The check-in could not be saved ({exc}).</source>
            <translation>Не удалось сохранить отметку о ночи ({exc}).</translation>
        </message>
        <message>
            <source>Saved: the night of {night}.</source>
            <translation>Сохранено: ночь с {night}.</translation>
        </message>
    </context>
    <context>
        <name>DiaryText</name>
        <message>
            <source>Into bed</source>
            <extracomment>How each field is called where it is typed.</extracomment>
            <translation>Легли в постель</translation>
        </message>
        <message>
            <source>Tried to sleep</source>
            <translation>Стали засыпать</translation>
        </message>
        <message>
            <source>Minutes to fall asleep</source>
            <translation>Минут до засыпания</translation>
        </message>
        <message>
            <source>Times woken</source>
            <translation>Сколько раз просыпались</translation>
        </message>
        <message>
            <source>Minutes awake in the night</source>
            <translation>Минут без сна ночью</translation>
        </message>
        <message>
            <source>Final awakening</source>
            <translation>Окончательно проснулись</translation>
        </message>
        <message>
            <source>Out of bed</source>
            <translation>Встали с постели</translation>
        </message>
        <message>
            <source>Quality of sleep</source>
            <translation>Качество сна</translation>
        </message>
        <message>
            <source>How rested</source>
            <translation>Насколько отдохнули</translation>
        </message>
        <message>
            <source>Naps</source>
            <translation>Дневной сон</translation>
        </message>
        <message>
            <source>Minutes napping</source>
            <translation>Минут дневного сна</translation>
        </message>
        <message>
            <source>Caffeinated drinks</source>
            <translation>Напитки с кофеином</translation>
        </message>
        <message>
            <source>Last caffeinated drink</source>
            <translation>Последний напиток с кофеином</translation>
        </message>
        <message>
            <source>Alcoholic drinks</source>
            <translation>Алкогольные напитки</translation>
        </message>
        <message>
            <source>Last alcoholic drink</source>
            <translation>Последний алкогольный напиток</translation>
        </message>
        <message>
            <source>Comments</source>
            <translation>Заметки</translation>
        </message>
        <message>
            <source>Body part</source>
            <translation>Часть тела</translation>
        </message>
        <message>
            <source>Situation</source>
            <translation>Когда</translation>
        </message>
        <message>
            <source>About how long</source>
            <translation>Примерно сколько длилось</translation>
        </message>
        <message>
            <source>while falling asleep</source>
            <translation>при засыпании</translation>
        </message>
        <message>
            <source>during the night</source>
            <translation>ночью</translation>
        </message>
        <message>
            <source>while awake</source>
            <translation>наяву</translation>
        </message>
        <message>
            <source>in the daytime</source>
            <translation>днём</translation>
        </message>
        <message>
            <source>{label}: please fill this in.</source>
            <extracomment>Each problem's sentence; ``{label}`` is the field's name, the rest the problem's values.</extracomment>
            <translation>{label}: пожалуйста, заполните.</translation>
        </message>
        <message>
            <source>{label}: “{text}” is not a time; write it as HH:MM, e.g. 22:45.</source>
            <translation>{label}: «{text}» — это не время; напишите в виде ЧЧ:ММ, например 22:45.</translation>
        </message>
        <message>
            <source>{label}: “{text}” is not a whole number.</source>
            <translation>{label}: «{text}» — это не целое число.</translation>
        </message>
        <message>
            <source>{label}: {value} is outside {low}–{high}.</source>
            <translation>{label}: {value} — вне пределов {low}–{high}.</translation>
        </message>
        <message>
            <source>{label}: {value} is outside {low}–{high} (1 = {worst} … 5 = {best}).</source>
            <translation>{label}: {value} — вне пределов {low}–{high} (1 — {worst} … 5 — {best}).</translation>
        </message>
        <message>
            <source>{label}: {length} characters; at most {most}.</source>
            <translation>{label}: символов — {length}, а можно не больше {most}.</translation>
        </message>
        <message>
            <source>{label}: contains a control character; please retype it.</source>
            <translation>{label}: попал управляющий символ; пожалуйста, наберите заново.</translation>
        </message>
        <message>
            <source>{label} ({tried}) is before you got into bed ({in_bed}).</source>
            <translation>{label} ({tried}) — раньше, чем вы легли в постель ({in_bed}).</translation>
        </message>
        <message>
            <source>{label} ({out_of_bed}) is before the final awakening ({final_wake}).</source>
            <translation>{label} ({out_of_bed}) — раньше окончательного пробуждения ({final_wake}).</translation>
        </message>
        <message>
            <source>{label} ({final_wake}) is not after the time you tried to sleep ({tried}).</source>
            <translation>{label} ({final_wake}) — не позже того, как вы стали засыпать ({tried}).</translation>
        </message>
        <message>
            <source>{label}: {latency} minutes would be after the final awakening; there are {available} minutes from {tried} to {final_wake}.</source>
            <translation>{label}: {latency} мин — это уже после окончательного пробуждения; с {tried} до {final_wake} всего {available} мин.</translation>
        </message>
        <message>
            <source>{label}: {awake} minutes is more than the {available} minutes between falling asleep and the final awakening.</source>
            <translation>{label}: {awake} мин — больше, чем {available} мин между засыпанием и окончательным пробуждением.</translation>
        </message>
        <message>
            <source>{label}: {awake} minutes awake, but no time woken is given.</source>
            <translation>{label}: {awake} мин без сна, но не указано, сколько раз вы просыпались.</translation>
        </message>
        <message>
            <source>{label}: minutes are given, but no nap.</source>
            <translation>{label}: минуты указаны, а дневного сна нет.</translation>
        </message>
        <message>
            <source>{label}: “{text}” is not a body part the app knows.</source>
            <translation>{label}: «{text}» — такой части тела программа не знает.</translation>
        </message>
        <message>
            <source>{label}: “{text}” is not one of: {known}.</source>
            <translation>{label}: «{text}» — нужно одно из: {known}.</translation>
        </message>
        <message>
            <source>very poor</source>
            <translation>очень плохо</translation>
        </message>
        <message>
            <source>very good</source>
            <translation>очень хорошо</translation>
        </message>
        <message>
            <source>Your log shows something worth mentioning to a doctor. Startles as you fall asleep are common and usually harmless; a doctor can tell whether these need a closer look, and the report below gives them the details.</source>
            <extracomment>What the history page says when the log shows one of the source's warning signs: calm, never a diagnosis, no medication.</extracomment>
            <translation>В ваших записях есть то, о чём стоит рассказать врачу. Вздрагивания при засыпании бывают у многих и обычно безобидны; врач подскажет, нужно ли к ним присмотреться, а отчёт ниже даст ему подробности.</translation>
        </message>
        <message>
            <source>Startles on most nights over the last two weeks.</source>
            <translation>Вздрагивания в большинство ночей за последние две недели.</translation>
        </message>
        <message>
            <source>Startles while awake or in the daytime.</source>
            <translation>Вздрагивания наяву или днём.</translation>
        </message>
        <message>
            <source>More startles each week, three weeks running.</source>
            <translation>Вздрагиваний больше с каждой неделей, три недели подряд.</translation>
        </message>
        <message>
            <source>Uncomfortable legs before startles.</source>
            <translation>Неприятные ощущения в ногах перед вздрагиваниями.</translation>
        </message>
    </context>
    <context>
        <name>DimOverlay</name>
        <message>
            <source>Screen dimmed</source>
            <extracomment>A click on the dark screen: the window lifts it (and leaves full screen).</extracomment>
            <translation>Экран приглушён</translation>
        </message>
    </context>
    <context>
        <name>Durations</name>
        <message numerus="yes">
            <source>about %n minute(s)</source>
            <translation>
                <numerusform>около %n минуты</numerusform>
                <numerusform>около %n минут</numerusform>
                <numerusform>около %n минут</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n min left</source>
            <translation>
                <numerusform>осталась %n мин</numerusform>
                <numerusform>осталось %n мин</numerusform>
                <numerusform>осталось %n мин</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>EveningController</name>
        <message>
            <source>Not kept</source>
            <extracomment>The bath timer started, ended or was cancelled.</extracomment>
            <translation>Не сохранено</translation>
        </message>
        <message>
            <source>Tonight's ticks could not be saved ({exc}).</source>
            <translation>Не удалось сохранить сегодняшние отметки ({exc}).</translation>
        </message>
    </context>
    <context>
        <name>EveningPage</name>
        <message>
            <source>Closing the window keeps the evening's reminders going</source>
            <extracomment>The person asks to change the bedtime and the checklist.</extracomment>
            <translation>Закрытое окно не мешает вечерним напоминаниям</translation>
        </message>
        <message>
            <source>Never</source>
            <translation>Никогда</translation>
        </message>
        <message>
            <source> min</source>
            <translation> мин</translation>
        </message>
        <message>
            <source>Close the app after a session ends</source>
            <translation>Закрывать программу после сеанса</translation>
        </message>
        <message>
            <source>Bedtime and checklist…</source>
            <translation>Время сна и список дел…</translation>
        </message>
        <message>
            <source>Change the bedtime and the evening checklist</source>
            <translation>Изменить время сна и вечерний список дел</translation>
        </message>
        <message>
            <source>After a session, close the app after</source>
            <translation>После сеанса закрыть программу через</translation>
        </message>
    </context>
    <context>
        <name>Greetings</name>
        <message>
            <source>Good morning</source>
            <extracomment>Weekday name → bedtime, overriding ``bedtime`` on that evening.</extracomment>
            <translation>Доброе утро</translation>
        </message>
        <message>
            <source>Good afternoon</source>
            <translation>Добрый день</translation>
        </message>
        <message>
            <source>Good evening</source>
            <translation>Добрый вечер</translation>
        </message>
        <message>
            <source>Good night</source>
            <translation>Доброй ночи</translation>
        </message>
    </context>
    <context>
        <name>HistoryWindow</name>
        <message>
            <source>{hours} h {minutes}</source>
            <translation>{hours} ч {minutes}</translation>
        </message>
        <message>
            <source>Sleep history</source>
            <extracomment>Show the nights from the first date to the second. Fill in (or change) the check-in of this night.</extracomment>
            <translation>История сна</translation>
        </message>
        <message>
            <source>Which nights</source>
            <translation>Какие ночи</translation>
        </message>
        <message>
            <source>From the night of</source>
            <translation>С ночи</translation>
        </message>
        <message>
            <source>To the night of</source>
            <translation>По ночь</translation>
        </message>
        <message>
            <source>Nights:</source>
            <translation>Ночи:</translation>
        </message>
        <message>
            <source>from</source>
            <translation>с</translation>
        </message>
        <message>
            <source>to</source>
            <translation>по</translation>
        </message>
        <message>
            <source>A word about seeing a doctor</source>
            <translation>О визите к врачу</translation>
        </message>
        <message>
            <source>Averages</source>
            <translation>В среднем</translation>
        </message>
        <message>
            <source>Chart: sleep efficiency and total sleep per night</source>
            <translation>График: эффективность сна и общее время сна за ночь</translation>
        </message>
        <message>
            <source>The same figures are in the table of nights.</source>
            <translation>Те же цифры есть в таблице ночей.</translation>
        </message>
        <message>
            <source>Chart: startles per night</source>
            <translation>График: вздрагивания за ночь</translation>
        </message>
        <message>
            <source>Nights</source>
            <translation>Ночи</translation>
        </message>
        <message>
            <source>Night</source>
            <translation>Ночь</translation>
        </message>
        <message>
            <source>Sleep efficiency</source>
            <translation>Эффективность сна</translation>
        </message>
        <message>
            <source>Total sleep</source>
            <translation>Всего сна</translation>
        </message>
        <message>
            <source>Time in bed</source>
            <translation>В постели</translation>
        </message>
        <message>
            <source>To fall asleep</source>
            <translation>До засыпания</translation>
        </message>
        <message>
            <source>Awake in the night</source>
            <translation>Без сна ночью</translation>
        </message>
        <message>
            <source>Quality</source>
            <translation>Качество</translation>
        </message>
        <message>
            <source>Startles</source>
            <translation>Вздрагивания</translation>
        </message>
        <message>
            <source>Relaxation</source>
            <translation>Расслабление</translation>
        </message>
        <message>
            <source>Evening plan done</source>
            <translation>Вечерний план выполнен</translation>
        </message>
        <message>
            <source>The evening plan beside the nights</source>
            <translation>Вечерний план рядом с ночами</translation>
        </message>
        <message>
            <source>Done that evening</source>
            <translation>Сделано в тот вечер</translation>
        </message>
        <message>
            <source>Other nights</source>
            <translation>Другие ночи</translation>
        </message>
        <message>
            <source>Startles in these nights</source>
            <translation>Вздрагивания в эти ночи</translation>
        </message>
        <message>
            <source>Night by night</source>
            <translation>Ночь за ночью</translation>
        </message>
        <message>
            <source>Check in for this night…</source>
            <translation>Отметить эту ночь…</translation>
        </message>
        <message>
            <source>Fill in or change the check-in of the chosen night</source>
            <translation>Заполнить или изменить отметку о выбранной ночи</translation>
        </message>
        <message>
            <source>I startled…</source>
            <translation>Вздрагивание…</translation>
        </message>
        <message>
            <source>Create report…</source>
            <translation>Отчёт…</translation>
        </message>
        <message>
            <source>Create a PDF report of these nights for a doctor</source>
            <translation>Сделать PDF-отчёт об этих ночах для врача</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Закрыть</translation>
        </message>
        <message numerus="yes">
            <source>{done} of %n night(s) have a check-in. On average: sleep efficiency {se}, total sleep {tst}, in bed {tib}, {sol} minutes to fall asleep, {waso} minutes awake in the night.</source>
            <translation>
                <numerusform>Отмечено ночей: {done} из %n. В среднем: эффективность сна {se}, всего сна {tst}, в постели {tib}, до засыпания {sol} мин, без сна ночью {waso} мин.</numerusform>
                <numerusform>Отмечено ночей: {done} из %n. В среднем: эффективность сна {se}, всего сна {tst}, в постели {tib}, до засыпания {sol} мин, без сна ночью {waso} мин.</numerusform>
                <numerusform>Отмечено ночей: {done} из %n. В среднем: эффективность сна {se}, всего сна {tst}, в постели {tib}, до засыпания {sol} мин, без сна ночью {waso} мин.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>None of these %n night(s) has a check-in yet. “How did you sleep?” on the home page asks about last night.</source>
            <translation>
                <numerusform>Эта %n ночь ещё не отмечена. Кнопка «Как вам спалось?» на главной странице спросит о прошлой ночи.</numerusform>
                <numerusform>Ни одна из этих %n ночей ещё не отмечена. Кнопка «Как вам спалось?» на главной странице спросит о прошлой ночи.</numerusform>
                <numerusform>Ни одна из этих %n ночей ещё не отмечена. Кнопка «Как вам спалось?» на главной странице спросит о прошлой ночи.</numerusform>
            </translation>
        </message>
        <message>
            <source>short check-in</source>
            <translation>короткая отметка</translation>
        </message>
        <message>
            <source>Relaxation finished</source>
            <translation>Расслабление пройдено</translation>
        </message>
        <message>
            <source>No startles logged in these nights.</source>
            <translation>В эти ночи вздрагиваний не записано.</translation>
        </message>
        <message numerus="yes">
            <source>%n startle(s)</source>
            <translation>
                <numerusform>%n вздрагивание</numerusform>
                <numerusform>%n вздрагивания</numerusform>
                <numerusform>%n вздрагиваний</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>on %n night(s). By body part: {parts}. When: {when}. {woke} woke you; before {legs} the legs felt uncomfortable.</source>
            <translation>
                <numerusform>за %n ночь. По частям тела: {parts}. Когда: {when}. Разбудили вас: {woke}; перед {legs} из них было неприятно в ногах.</numerusform>
                <numerusform>за %n ночи. По частям тела: {parts}. Когда: {when}. Разбудили вас: {woke}; перед {legs} из них было неприятно в ногах.</numerusform>
                <numerusform>за %n ночей. По частям тела: {parts}. Когда: {when}. Разбудили вас: {woke}; перед {legs} из них было неприятно в ногах.</numerusform>
            </translation>
        </message>
        <message>
            <source>Sleep efficiency (%)</source>
            <translation>Эффективность сна (%)</translation>
        </message>
        <message>
            <source>Total sleep (hours)</source>
            <translation>Всего сна (часов)</translation>
        </message>
        <message>
            <source>Sleep efficiency and total sleep</source>
            <translation>Эффективность и общее время сна</translation>
        </message>
        <message>
            <source>Startles per night</source>
            <translation>Вздрагивания за ночь</translation>
        </message>
    </context>
    <context>
        <name>HomePage</name>
        <message>
            <source>Choose tonight’s relaxation</source>
            <extracomment>The morning check-in about last night.</extracomment>
            <translation>Выберите расслабление на сегодня</translation>
        </message>
        <message>
            <source>Routines</source>
            <translation>Программы расслабления</translation>
        </message>
        <message>
            <source>Choose a relaxation routine, then press Start.</source>
            <translation>Выберите программу расслабления и нажмите «Начать».</translation>
        </message>
        <message>
            <source>Routine description</source>
            <translation>Описание программы</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>Начать</translation>
        </message>
        <message>
            <source>Start the session</source>
            <translation>Начать сеанс</translation>
        </message>
        <message>
            <source>Preferences…</source>
            <translation>Настройки…</translation>
        </message>
        <message>
            <source>Preferences</source>
            <translation>Настройки</translation>
        </message>
        <message>
            <source>The voice, the screen and sounds, the evening's reminders.</source>
            <translation>Голос, экран и звуки, вечерние напоминания.</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>Изменить…</translation>
        </message>
        <message>
            <source>Rename…</source>
            <translation>Переименовать…</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Удалить</translation>
        </message>
        <message>
            <source>Undo delete</source>
            <translation>Вернуть</translation>
        </message>
        <message>
            <source>Import…</source>
            <translation>Загрузить…</translation>
        </message>
        <message>
            <source>Export…</source>
            <translation>Сохранить в файл…</translation>
        </message>
        <message>
            <source>Export as audio…</source>
            <translation>Сохранить как звук…</translation>
        </message>
        <message>
            <source>Edit the routine (a built-in one is copied first)</source>
            <translation>Изменить программу (встроенная сначала копируется)</translation>
        </message>
        <message>
            <source>Rename the routine</source>
            <translation>Переименовать программу</translation>
        </message>
        <message>
            <source>Delete the routine</source>
            <translation>Удалить программу</translation>
        </message>
        <message>
            <source>Undo the delete</source>
            <translation>Вернуть удалённую программу</translation>
        </message>
        <message>
            <source>Import a routine file</source>
            <translation>Загрузить файл программы</translation>
        </message>
        <message>
            <source>Export the routine as a file</source>
            <translation>Сохранить программу в файл</translation>
        </message>
        <message>
            <source>Export the session as an audio file</source>
            <translation>Сохранить сеанс как звуковой файл</translation>
        </message>
        <message>
            <source>How did you sleep?…</source>
            <translation>Как вам спалось?…</translation>
        </message>
        <message>
            <source>Morning check-in: how last night went</source>
            <translation>Утренняя отметка: как прошла ночь</translation>
        </message>
        <message>
            <source>Sleep history…</source>
            <translation>История сна…</translation>
        </message>
        <message>
            <source>Sleep history: the last nights, and a report</source>
            <translation>История сна: последние ночи и отчёт</translation>
        </message>
        <message>
            <source>Tonight’s plan</source>
            <translation>План на вечер</translation>
        </message>
        <message>
            <source>Tonight's plan and checklist</source>
            <translation>План и список дел на вечер</translation>
        </message>
        <message>
            <source>For someone else…</source>
            <translation>Для близкого…</translation>
        </message>
        <message>
            <source>Set up for someone else: simple mode and lock</source>
            <translation>Настроить для близкого человека: простой режим и блокировка</translation>
        </message>
        <message>
            <source>About</source>
            <translation>О программе</translation>
        </message>
        <message>
            <source>About Wind-Down Coach and diagnostics</source>
            <translation>О программе и сведения о системе</translation>
        </message>
        <message>
            <source>{file} — cannot be used</source>
            <translation>{file} — нельзя использовать</translation>
        </message>
        <message>
            <source>Duplicate to edit…</source>
            <translation>Копировать и изменить…</translation>
        </message>
    </context>
    <context>
        <name>LanguagePage</name>
        <message>
            <source>The window's language</source>
            <translation>Язык окна</translation>
        </message>
        <message>
            <source>As the system: {language}</source>
            <translation>Как в системе: {language}</translation>
        </message>
        <message>
            <source>The window, the messages and the built-in routines change to the new language the next time Wind-Down Coach starts. A routine is always spoken in the language it is written in.</source>
            <translation>Окно, сообщения и встроенные программы перейдут на новый язык при следующем запуске. Программа расслабления всегда звучит на том языке, на котором написана.</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Язык</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Wind-Down Coach</source>
            <extracomment>A dialog that changes its size this soon after opening is centred again (ms). The notice area grows to this many lines of text at most; more scroll. Preferences (voice, screen and sound, evening and reminders). Emitted once, after the window has been painted for the first time. The session keys and buttons: pause or resume, the step before, the next, stop. A body region clicked while paused: go to the step that relaxes it. Where the session stands (position, length) for the time shown; None while nothing plays. Given by the composition root. Whether the session shown is the editor's preview (which stays in the editor).</extracomment>
            <translation>Wind-Down Coach</translation>
        </message>
        <message>
            <source>Notice</source>
            <translation>Сообщение</translation>
        </message>
        <message>
            <source>Dismiss</source>
            <translation>Скрыть</translation>
        </message>
        <message>
            <source>Dismiss the notice</source>
            <translation>Скрыть сообщение</translation>
        </message>
    </context>
    <context>
        <name>OwnVoice</name>
        <message>
            <source>Recording… say the words, then press Stop.</source>
            <extracomment>The texts that have a recording now (a set of str). The microphone's level while recording, 0–1.</extracomment>
            <translation>Идёт запись… произнесите слова и нажмите «Стоп».</translation>
        </message>
        <message>
            <source>Nothing was heard; check the microphone and try again.</source>
            <translation>Ничего не слышно; проверьте микрофон и попробуйте ещё раз.</translation>
        </message>
        <message>
            <source>No sound output was found, so the recording cannot be played.</source>
            <translation>Не найден вывод звука, поэтому запись не воспроизвести.</translation>
        </message>
        <message>
            <source>The recording cannot be played: {exc}</source>
            <translation>Запись не воспроизводится: {exc}</translation>
        </message>
    </context>
    <context>
        <name>PlanDialog</name>
        <message>
            <source>On</source>
            <translation>Вкл.</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>Дело</translation>
        </message>
        <message>
            <source>Minutes before bed</source>
            <translation>Минут до сна</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>Зачем</translation>
        </message>
        <message>
            <source>Bedtime and checklist</source>
            <translation>Время сна и список дел</translation>
        </message>
        <message>
            <source>Bedtime</source>
            <translation>Время сна</translation>
        </message>
        <message>
            <source>Wake-up time</source>
            <translation>Время подъёма</translation>
        </message>
        <message>
            <source>e.g. friday 23:30, saturday 23:30</source>
            <translation>например friday 23:30, saturday 23:30</translation>
        </message>
        <message>
            <source>Other bedtimes on some evenings</source>
            <translation>Другое время сна в некоторые вечера</translation>
        </message>
        <message>
            <source>An adult (7 hours of sleep)</source>
            <translation>Взрослый (7 часов сна)</translation>
        </message>
        <message>
            <source>A child (10 hours of sleep)</source>
            <translation>Ребёнок (10 часов сна)</translation>
        </message>
        <message>
            <source>Who sleeps</source>
            <translation>Кто спит</translation>
        </message>
        <message>
            <source>Start Wind-Down Coach when I log in</source>
            <translation>Запускать программу при входе в систему</translation>
        </message>
        <message>
            <source>Not supported on this system.</source>
            <translation>В этой системе не поддерживается.</translation>
        </message>
        <message>
            <source>Checklist items</source>
            <translation>Дела из списка</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>Добавить</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Убрать</translation>
        </message>
        <message>
            <source>Up</source>
            <translation>Выше</translation>
        </message>
        <message>
            <source>Down</source>
            <translation>Ниже</translation>
        </message>
        <message>
            <source>Add an item</source>
            <translation>Добавить дело</translation>
        </message>
        <message>
            <source>Remove the item</source>
            <translation>Убрать дело</translation>
        </message>
        <message>
            <source>Move the item up</source>
            <translation>Поднять дело выше</translation>
        </message>
        <message>
            <source>Move it down</source>
            <translation>Опустить ниже</translation>
        </message>
        <message>
            <source>Other evenings</source>
            <translation>Другие вечера</translation>
        </message>
        <message>
            <source>Get up at</source>
            <translation>Подъём в</translation>
        </message>
        <message>
            <source>Sleeper</source>
            <translation>Кто спит</translation>
        </message>
        <message>
            <source>Something for the evening</source>
            <translation>Дело на вечер</translation>
        </message>
        <message>
            <source>Other evenings: “{entries}” — write a weekday and a time, e.g. friday 23:30</source>
            <translation>Другие вечера: «{entries}» — напишите день недели по-английски и время, например friday 23:30</translation>
        </message>
    </context>
    <context>
        <name>PreferencesWindow</name>
        <message>
            <source>Preferences</source>
            <translation>Настройки</translation>
        </message>
        <message>
            <source>Preferences pages</source>
            <extracomment>"export" or "import" when the person asked for that (the window closes first, unsaved, so an import is never overwritten by what the window still shows).</extracomment>
            <translation>Разделы настроек</translation>
        </message>
        <message>
            <source>Restore defaults</source>
            <translation>Как было по умолчанию</translation>
        </message>
        <message>
            <source>Restore the defaults of this page</source>
            <translation>Вернуть значения по умолчанию на этой странице</translation>
        </message>
    </context>
    <context>
        <name>QtDialogs</name>
        <message>
            <source>Locked</source>
            <translation>Заблокировано</translation>
        </message>
    </context>
    <context>
        <name>QuickCheckInDialog</name>
        <message>
            <source>How did you sleep? — the night of {night}</source>
            <extracomment>A chosen answer must show: the style sheet set on a button replaces the app's.</extracomment>
            <translation>Как вам спалось? — ночь с {night}</translation>
        </message>
        <message>
            <source>How did you sleep?</source>
            <translation>Как вам спалось?</translation>
        </message>
        <message>
            <source>How you slept</source>
            <translation>Как спалось</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>Да</translation>
        </message>
        <message>
            <source>No</source>
            <translation>Нет</translation>
        </message>
        <message>
            <source>Any startles</source>
            <translation>Были вздрагивания</translation>
        </message>
        <message>
            <source>Woke in the night</source>
            <translation>Просыпались ночью</translation>
        </message>
        <message>
            <source>Filled in by (when someone helps)</source>
            <translation>Кто заполнил (если кто-то помогает)</translation>
        </message>
        <message>
            <source>your name, when you fill this in for someone</source>
            <translation>ваше имя, если заполняете за другого</translation>
        </message>
        <message>
            <source>Any startles?</source>
            <translation>Были вздрагивания?</translation>
        </message>
        <message>
            <source>Woke in the night?</source>
            <translation>Просыпались ночью?</translation>
        </message>
        <message>
            <source>Filled in by</source>
            <translation>Кто заполнил</translation>
        </message>
    </context>
    <context>
        <name>RecordingDialog</name>
        <message>
            <source>Record your voice — {routine}</source>
            <extracomment>The person asks to record *text* from the microphone *device* (a QAudioDevice).</extracomment>
            <translation>Запись своим голосом — {routine}</translation>
        </message>
        <message>
            <source>Microphone</source>
            <translation>Микрофон</translation>
        </message>
        <message>
            <source>Microphone level</source>
            <translation>Уровень микрофона</translation>
        </message>
        <message>
            <source>Prompts; a tick means recorded in your voice</source>
            <translation>Фразы; галочка — уже записано вашим голосом</translation>
        </message>
        <message>
            <source>Record</source>
            <translation>Записать</translation>
        </message>
        <message>
            <source>Stop</source>
            <translation>Стоп</translation>
        </message>
        <message>
            <source>Play</source>
            <translation>Прослушать</translation>
        </message>
        <message>
            <source>Delete recording</source>
            <translation>Удалить запись</translation>
        </message>
        <message>
            <source>Record this prompt</source>
            <translation>Записать эту фразу</translation>
        </message>
        <message>
            <source>Stop recording</source>
            <translation>Остановить запись</translation>
        </message>
        <message>
            <source>Play the recording</source>
            <translation>Прослушать запись</translation>
        </message>
        <message>
            <source>Delete the recording</source>
            <translation>Удалить запись</translation>
        </message>
        <message>
            <source>No microphone was found. Connect one to record prompts; the synthetic voice is used meanwhile.</source>
            <translation>Микрофон не найден. Подключите его, чтобы записывать фразы; а пока звучит синтезированный голос.</translation>
        </message>
    </context>
    <context>
        <name>Reminders</name>
        <message numerus="yes">
            <source>{item} in %n minute(s).</source>
            <translation>
                <numerusform>{item} — через %n минуту.</numerusform>
                <numerusform>{item} — через %n минуты.</numerusform>
                <numerusform>{item} — через %n минут.</numerusform>
            </translation>
        </message>
        <message>
            <source>{item} now.</source>
            <translation>{item} — сейчас.</translation>
        </message>
        <message>
            <source>Earlier this evening</source>
            <translation>Раньше этим вечером</translation>
        </message>
        <message>
            <source>These were due while the app was away: {items}. Tick them off in Tonight if you did them.</source>
            <translation>Пока программа была закрыта, подошло время для: {items}. Если сделали — отметьте в плане на вечер.</translation>
        </message>
        <message>
            <source>, </source>
            <translation>, </translation>
        </message>
    </context>
    <context>
        <name>RoutineActions</name>
        <message>
            <source>Rename routine</source>
            <translation>Переименовать программу</translation>
        </message>
        <message>
            <source>New name:</source>
            <translation>Новое название:</translation>
        </message>
        <message>
            <source>Not renamed</source>
            <translation>Не переименовано</translation>
        </message>
        <message>
            <source>Not deleted</source>
            <translation>Не удалено</translation>
        </message>
        <message>
            <source>Undo delete of “{name}”</source>
            <translation>Вернуть «{name}»</translation>
        </message>
        <message>
            <source>Import a routine</source>
            <translation>Загрузить программу</translation>
        </message>
        <message>
            <source>Routines (*.toml)</source>
            <translation>Программы (*.toml)</translation>
        </message>
        <message>
            <source>Not imported</source>
            <translation>Не загружено</translation>
        </message>
        <message>
            <source>{name} could not be imported:

{exc}</source>
            <translation>Не удалось загрузить {name}:

{exc}</translation>
        </message>
        <message>
            <source>Export routine</source>
            <translation>Сохранить программу</translation>
        </message>
        <message>
            <source>Not exported</source>
            <translation>Не сохранено</translation>
        </message>
        <message>
            <source>Export as audio</source>
            <translation>Сохранить как звук</translation>
        </message>
        <message>
            <source>Writing the session…</source>
            <translation>Записываем сеанс…</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Отмена</translation>
        </message>
        <message>
            <source>{path} cannot be written: {exc}</source>
            <translation>Не удаётся записать {path}: {exc}</translation>
        </message>
    </context>
    <context>
        <name>RoutineEditor</name>
        <message>
            <source>Edit routine — {name}</source>
            <extracomment>A field's place in the routine document; ("step", key) is a key of the step shown. Lines of problems and warnings shown at once (more scroll). The preview's own Stop (a preview plays here, not in the main window).</extracomment>
            <translation>Изменение программы — {name}</translation>
        </message>
        <message>
            <source>As in Screen and sound</source>
            <translation>Как в «Экран и звук»</translation>
        </message>
        <message>
            <source>On</source>
            <translation>Вкл.</translation>
        </message>
        <message>
            <source>Off</source>
            <translation>Выкл.</translation>
        </message>
        <message>
            <source>As in Voice settings</source>
            <translation>Как в настройках голоса</translation>
        </message>
        <message>
            <source> words a minute</source>
            <translation> слов в минуту</translation>
        </message>
        <message>
            <source>As in Voice settings (or a voice id from coach voices)</source>
            <translation>Как в настройках голоса (или id голоса из coach voices)</translation>
        </message>
        <message>
            <source>Fit to this length</source>
            <translation>Подогнать под эту длину</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Название</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Описание</translation>
        </message>
        <message>
            <source>Opening words</source>
            <translation>Вступление</translation>
        </message>
        <message>
            <source>Closing words</source>
            <translation>Завершение</translation>
        </message>
        <message>
            <source>Do each group</source>
            <translation>Каждую группу</translation>
        </message>
        <message>
            <source>times; pause between groups</source>
            <translation>раз; пауза между группами</translation>
        </message>
        <message>
            <source>Options</source>
            <translation>Параметры</translation>
        </message>
        <message>
            <source>Chime</source>
            <translation>Колокольчик</translation>
        </message>
        <message>
            <source>Volume</source>
            <translation>Громкость</translation>
        </message>
        <message>
            <source>Speed</source>
            <translation>Скорость</translation>
        </message>
        <message>
            <source>Voice</source>
            <translation>Голос</translation>
        </message>
        <message>
            <source>Length</source>
            <translation>Длина</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>Добавить</translation>
        </message>
        <message>
            <source>Duplicate</source>
            <translation>Копировать</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Убрать</translation>
        </message>
        <message>
            <source>Up</source>
            <translation>Выше</translation>
        </message>
        <message>
            <source>Down</source>
            <translation>Ниже</translation>
        </message>
        <message>
            <source>none (release only)</source>
            <translation>нет (только расслабление)</translation>
        </message>
        <message>
            <source>One per line: seconds into the rest, a colon, the words
15: Notice how heavy your hand feels.</source>
            <translation>По одной в строке: секунда отдыха, двоеточие, слова
15: Заметьте, какой тяжёлой стала рука.</translation>
        </message>
        <message>
            <source>Body area</source>
            <translation>Часть тела</translation>
        </message>
        <message>
            <source>Words</source>
            <translation>Слова</translation>
        </message>
        <message>
            <source>Tension (from the words)</source>
            <translation>Напряжение (после слов)</translation>
        </message>
        <message>
            <source>Release words</source>
            <translation>Слова при расслаблении</translation>
        </message>
        <message>
            <source>Rest</source>
            <translation>Отдых</translation>
        </message>
        <message>
            <source>Extra words while resting</source>
            <translation>Дополнительные слова во время отдыха</translation>
        </message>
        <message>
            <source>Step</source>
            <translation>Шаг</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>Отменить</translation>
        </message>
        <message>
            <source>Redo</source>
            <translation>Повторить</translation>
        </message>
        <message>
            <source>Play this step</source>
            <translation>Прослушать шаг</translation>
        </message>
        <message>
            <source>Play from this step</source>
            <translation>Слушать с этого шага</translation>
        </message>
        <message>
            <source>Export audio…</source>
            <translation>Сохранить как звук…</translation>
        </message>
        <message>
            <source>Export the session as an audio file</source>
            <translation>Сохранить сеанс как звуковой файл</translation>
        </message>
        <message>
            <source>Record my voice…</source>
            <translation>Записать своим голосом…</translation>
        </message>
        <message>
            <source>Record the prompts in your own voice</source>
            <translation>Записать фразы своим голосом</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Сохранить</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Закрыть</translation>
        </message>
        <message>
            <source>Preview</source>
            <translation>Прослушивание</translation>
        </message>
        <message>
            <source>Stop the preview</source>
            <translation>Остановить прослушивание</translation>
        </message>
        <message>
            <source>Routine name</source>
            <extracomment>Every field of the routine, declared once (name, place, how it is shown/stored).</extracomment>
            <translation>Название программы</translation>
        </message>
        <message>
            <source>Opening length</source>
            <translation>Длина вступления</translation>
        </message>
        <message>
            <source>Closing length</source>
            <translation>Длина завершения</translation>
        </message>
        <message>
            <source>Times each group is done</source>
            <translation>Сколько раз выполнять каждую группу</translation>
        </message>
        <message>
            <source>Pause between groups</source>
            <translation>Пауза между группами</translation>
        </message>
        <message>
            <source>Chime before each step</source>
            <translation>Колокольчик перед каждым шагом</translation>
        </message>
        <message>
            <source>Speaking rate for this routine</source>
            <translation>Скорость речи для этой программы</translation>
        </message>
        <message>
            <source>Voice volume for this routine</source>
            <translation>Громкость голоса для этой программы</translation>
        </message>
        <message>
            <source>Voice for this routine</source>
            <translation>Голос для этой программы</translation>
        </message>
        <message>
            <source>Words for the step</source>
            <translation>Слова шага</translation>
        </message>
        <message>
            <source>Seconds of tension</source>
            <translation>Секунд напряжения</translation>
        </message>
        <message>
            <source>Words when letting go</source>
            <translation>Слова при расслаблении</translation>
        </message>
        <message>
            <source>Seconds of rest</source>
            <translation>Секунд отдыха</translation>
        </message>
        <message>
            <source>Target length in minutes</source>
            <translation>Желаемая длина в минутах</translation>
        </message>
        <message>
            <source>Steps</source>
            <translation>Шаги</translation>
        </message>
        <message>
            <source>Add a step</source>
            <translation>Добавить шаг</translation>
        </message>
        <message>
            <source>Duplicate the step</source>
            <translation>Копировать шаг</translation>
        </message>
        <message>
            <source>Remove the step</source>
            <translation>Убрать шаг</translation>
        </message>
        <message>
            <source>Move the step up</source>
            <translation>Поднять шаг выше</translation>
        </message>
        <message>
            <source>Move the step down</source>
            <translation>Опустить шаг ниже</translation>
        </message>
        <message>
            <source>Routine timeline</source>
            <translation>Шкала программы</translation>
        </message>
        <message>
            <source>Play the routine from this step</source>
            <translation>Слушать программу с этого шага</translation>
        </message>
        <message>
            <source>Export as audio</source>
            <translation>Сохранить как звук</translation>
        </message>
        <message>
            <source>Save the routine</source>
            <translation>Сохранить программу</translation>
        </message>
        <message>
            <source>Close the editor</source>
            <translation>Закрыть редактор</translation>
        </message>
        <message>
            <source>Drag to reorder, or Alt+Up and Alt+Down.</source>
            <translation>Перетащите, чтобы изменить порядок, или нажмите Alt+↑ и Alt+↓.</translation>
        </message>
        <message>
            <source>The routine cannot be made {target} long: the tension holds stay as they are and rests have their limits, so it now lasts {reached}.</source>
            <translation>Сделать программу длиной {target} нельзя: напряжения остаются прежними, а у отдыха есть пределы, поэтому теперь она длится {reached}.</translation>
        </message>
        <message>
            <source>tense and release</source>
            <translation>напрячь и расслабить</translation>
        </message>
        <message>
            <source>release only</source>
            <translation>только расслабить</translation>
        </message>
        <message>
            <source>Step {number}</source>
            <translation>Шаг {number}</translation>
        </message>
        <message>
            <source>Total {length}</source>
            <translation>Всего {length}</translation>
        </message>
        <message>
            <source>Step {number} › extra words: line {lines} is not “seconds: words”</source>
            <translation>Шаг {number} › дополнительные слова: строка {lines} не в виде «секунды: слова»</translation>
        </message>
        <message>
            <source>Record my voice… ({recorded} of {total})</source>
            <translation>Записать своим голосом… ({recorded} из {total})</translation>
        </message>
        <message numerus="yes">
            <source>{recorded} of %n prompt(s) recorded</source>
            <translation>
                <numerusform>Записано {recorded} из %n фразы</numerusform>
                <numerusform>Записано {recorded} из %n фраз</numerusform>
                <numerusform>Записано {recorded} из %n фраз</numerusform>
            </translation>
        </message>
        <message>
            <source>This routine cannot be saved yet:</source>
            <translation>Эту программу пока нельзя сохранить:</translation>
        </message>
        <message>
            <source>The routine could not be saved ({reason}). Your changes are still here; check that the data folder can be written to.</source>
            <translation>Не удалось сохранить программу ({reason}). Ваши изменения на месте; проверьте, можно ли записывать в папку данных.</translation>
        </message>
        <message>
            <source>Not saved</source>
            <translation>Не сохранено</translation>
        </message>
        <message>
            <source>Unsaved changes</source>
            <translation>Несохранённые изменения</translation>
        </message>
        <message>
            <source>Save your changes to this routine?</source>
            <translation>Сохранить изменения в этой программе?</translation>
        </message>
    </context>
    <context>
        <name>ScreenSoundPage</name>
        <message>
            <source>Show the words on screen</source>
            <translation>Показывать слова на экране</translation>
        </message>
        <message>
            <source>Dark screen: only faint words on black</source>
            <translation>Тёмный экран: только бледные слова на чёрном</translation>
        </message>
        <message>
            <source> px</source>
            <translation> пикс.</translation>
        </message>
        <message>
            <source>Text size</source>
            <translation>Размер текста</translation>
        </message>
        <message>
            <source>Show the body map</source>
            <translation>Показывать схему тела</translation>
        </message>
        <message>
            <source>Show a breathing guide while relaxing</source>
            <translation>Показывать подсказку дыхания во время отдыха</translation>
        </message>
        <message>
            <source> breaths a minute</source>
            <translation> вдохов в минуту</translation>
        </message>
        <message>
            <source>Breathing guide speed</source>
            <translation>Скорость подсказки дыхания</translation>
        </message>
        <message>
            <source>A soft chime before each step</source>
            <translation>Тихий колокольчик перед каждым шагом</translation>
        </message>
        <message>
            <source>Chime volume</source>
            <translation>Громкость колокольчика</translation>
        </message>
        <message>
            <source>Background sound</source>
            <translation>Фоновый звук</translation>
        </message>
        <message>
            <source>Background volume</source>
            <translation>Громкость фона</translation>
        </message>
        <message>
            <source>After the closing words</source>
            <translation>После завершающих слов</translation>
        </message>
        <message>
            <source>Whether the background sound plays on through the night, fading out at the end</source>
            <translation>Звучит ли фон дальше, ночью, и в конце затихает</translation>
        </message>
        <message>
            <source>Background plays on until</source>
            <translation>Фон звучит до</translation>
        </message>
        <message>
            <source>Guide speed</source>
            <translation>Скорость подсказки</translation>
        </message>
        <message>
            <source>Background</source>
            <translation>Фон</translation>
        </message>
        <message>
            <source>After the session</source>
            <translation>После сеанса</translation>
        </message>
    </context>
    <context>
        <name>Sections</name>
        <message>
            <source>Settling in</source>
            <extracomment>The sections' titles (in English; marked for the window's catalogue).</extracomment>
            <translation>Устраиваемся поудобнее</translation>
        </message>
        <message>
            <source>Resting</source>
            <translation>Отдых</translation>
        </message>
        <message>
            <source>Step {number} of {count}</source>
            <translation>Шаг {number} из {count}</translation>
        </message>
    </context>
    <context>
        <name>SessionController</name>
        <message>
            <source>The session's sound could not be made ({made}); the words are shown.</source>
            <extracomment>The session's new :class:`~coach.core.session.State`. How the body map shows the moment: {region: Role}, after each cue and jump. A paused session went to the step a body region belongs to (a Jump). Seconds the background plays on after the closing words (0: no more). From the assembling thread: job, render result, recordings, SessionAudio or error. Seconds the background plays on after a session of so many seconds from now (set by the app: it knows the clock, the setting and the get-up time). Why there is no output when it is something other than "no device". Whether the session running is an editor's preview. Recorded prompts for a routine: text → WAV file (set by the app). The background plays on after the finished session.</extracomment>
            <translation>Не удалось подготовить звук сеанса ({made}); слова показаны на экране.</translation>
        </message>
        <message>
            <source>The chime sound could not be played and is left out.</source>
            <translation>Колокольчик не воспроизводится, сеанс идёт без него.</translation>
        </message>
        <message>
            <source>The background sound could not be played and is left out.</source>
            <translation>Фоновый звук не воспроизводится, сеанс идёт без него.</translation>
        </message>
        <message numerus="yes">
            <source>%n prompt(s) could not be spoken and will only be shown on screen.</source>
            <translation>
                <numerusform>%n фразу не удалось озвучить — она будет только на экране.</numerusform>
                <numerusform>%n фразы не удалось озвучить — они будут только на экране.</numerusform>
                <numerusform>%n фраз не удалось озвучить — они будут только на экране.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SessionPage</name>
        <message>
            <source>Space pause · ← → previous / next step · S I startled · Esc stop</source>
            <translation>Пробел — пауза · ← → предыдущий / следующий шаг · S — вздрагивание · Esc — стоп</translation>
        </message>
        <message>
            <source>Paused — press Space to go on, or click the figure to go to a part of the body</source>
            <translation>Пауза — нажмите пробел, чтобы продолжить, или щёлкните по фигуре, чтобы перейти к части тела</translation>
        </message>
        <message>
            <source>Current step</source>
            <extracomment>Caption colour on the black "screen dark" page: just readable in a dark room. The display options changed (the window then knows whether the time is seen).</extracomment>
            <translation>Текущий шаг</translation>
        </message>
        <message>
            <source>Body area</source>
            <translation>Часть тела</translation>
        </message>
        <message>
            <source>Spoken words</source>
            <translation>Произносимые слова</translation>
        </message>
        <message>
            <source>Session progress</source>
            <translation>Ход сеанса</translation>
        </message>
        <message>
            <source>Time left</source>
            <translation>Осталось времени</translation>
        </message>
        <message>
            <source>Keyboard help</source>
            <translation>Подсказка по клавишам</translation>
        </message>
        <message>
            <source>◀ Previous</source>
            <translation>◀ Назад</translation>
        </message>
        <message>
            <source>Previous step</source>
            <translation>Предыдущий шаг</translation>
        </message>
        <message>
            <source>Go back to the previous step (Left arrow).</source>
            <translation>Вернуться к предыдущему шагу (стрелка влево).</translation>
        </message>
        <message>
            <source>Pause</source>
            <translation>Пауза</translation>
        </message>
        <message>
            <source>Pause or resume the session (Space).</source>
            <translation>Поставить сеанс на паузу или продолжить (пробел).</translation>
        </message>
        <message>
            <source>Next ▶</source>
            <translation>Дальше ▶</translation>
        </message>
        <message>
            <source>Next step</source>
            <translation>Следующий шаг</translation>
        </message>
        <message>
            <source>Skip to the next step (Right arrow).</source>
            <translation>Перейти к следующему шагу (стрелка вправо).</translation>
        </message>
        <message>
            <source>Stop</source>
            <translation>Стоп</translation>
        </message>
        <message>
            <source>Stop the session</source>
            <translation>Остановить сеанс</translation>
        </message>
        <message>
            <source>End the session with a gentle fade (Escape).</source>
            <translation>Завершить сеанс, плавно затихая (Esc).</translation>
        </message>
        <message>
            <source>I startled</source>
            <translation>Вздрагивание</translation>
        </message>
        <message>
            <source>Note a startle for the diary; the session goes on (S).</source>
            <translation>Записать вздрагивание в дневник; сеанс продолжится (S).</translation>
        </message>
        <message>
            <source>Back to routines</source>
            <translation>К программам</translation>
        </message>
        <message>
            <source>Stop the background</source>
            <extracomment>The background playing on after the session, in words ("" when it is not).</extracomment>
            <translation>Выключить фон</translation>
        </message>
        <message>
            <source>Getting ready</source>
            <translation>Подготовка</translation>
        </message>
        <message>
            <source>Preparing the voice…</source>
            <translation>Готовим голос…</translation>
        </message>
        <message numerus="yes">
            <source>{done} of %n prompt(s)</source>
            <translation>
                <numerusform>{done} из %n фразы</numerusform>
                <numerusform>{done} из %n фраз</numerusform>
                <numerusform>{done} из %n фраз</numerusform>
            </translation>
        </message>
        <message>
            <source>Resume</source>
            <translation>Продолжить</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Отмена</translation>
        </message>
        <message>
            <source>Finished</source>
            <translation>Готово</translation>
        </message>
        <message>
            <source>Sleep well.</source>
            <translation>Спокойной ночи.</translation>
        </message>
    </context>
    <context>
        <name>SettingsPage</name>
        <message>
            <source>Voice</source>
            <extracomment>The settings this page shows and changes.</extracomment>
            <translation>Голос</translation>
        </message>
        <message>
            <source>Screen and sound</source>
            <translation>Экран и звук</translation>
        </message>
        <message>
            <source>Evening and reminders</source>
            <translation>Вечер и напоминания</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Язык</translation>
        </message>
        <message>
            <source>For someone else</source>
            <extracomment>The PIN's shortest length (a name lupdate can read as a plural's number).</extracomment>
            <translation>Для близкого</translation>
        </message>
    </context>
    <context>
        <name>SettingsService</name>
        <message>
            <source>Your settings could not be saved to {path}: {exc}</source>
            <extracomment>The new Settings, after every change (saved or not).</extracomment>
            <translation>Не удалось сохранить настройки в {path}: {exc}</translation>
        </message>
    </context>
    <context>
        <name>SimplePage</name>
        <message>
            <source>Start relaxing</source>
            <translation>Начать расслабление</translation>
        </message>
        <message>
            <source>Starts the spoken relaxation.</source>
            <translation>Запускает расслабление под голос.</translation>
        </message>
        <message>
            <source>Tonight's list</source>
            <translation>Список на вечер</translation>
        </message>
        <message>
            <source>D or Space marks the selected item done.</source>
            <translation>D или пробел — отметить выбранное дело.</translation>
        </message>
        <message>
            <source>How did you sleep?</source>
            <translation>Как вам спалось?</translation>
        </message>
        <message>
            <source>How did you sleep? A few buttons about last night</source>
            <translation>Как вам спалось? Несколько кнопок о прошлой ночи</translation>
        </message>
        <message>
            <source>Leave simple mode</source>
            <translation>Выйти из простого режима</translation>
        </message>
        <message>
            <source>Leave simple mode (the caregiver's PIN may be needed)</source>
            <translation>Выйти из простого режима (может понадобиться PIN-код того, кто настраивал)</translation>
        </message>
    </context>
    <context>
        <name>StartleDialog</name>
        <message>
            <source>I startled</source>
            <translation>Вздрагивание</translation>
        </message>
        <message>
            <source>Body map: tap where the startle was</source>
            <translation>Схема тела: коснитесь места, где было вздрагивание</translation>
        </message>
        <message>
            <source>Where in the body</source>
            <translation>Где в теле</translation>
        </message>
        <message>
            <source>When it happened</source>
            <translation>Когда это было</translation>
        </message>
        <message>
            <source>About how many seconds (0: not sure)</source>
            <translation>Примерно сколько секунд (0 — не знаю)</translation>
        </message>
        <message>
            <source>not sure</source>
            <translation>не знаю</translation>
        </message>
        <message>
            <source> s</source>
            <translation> с</translation>
        </message>
        <message>
            <source>It woke me</source>
            <translation>Я от этого проснулся(-ась)</translation>
        </message>
        <message>
            <source>My legs felt uncomfortable before it</source>
            <translation>Перед этим было неприятно в ногах</translation>
        </message>
        <message>
            <source>Where</source>
            <translation>Где</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Когда</translation>
        </message>
        <message>
            <source>About how long</source>
            <translation>Примерно сколько длилось</translation>
        </message>
        <message>
            <source>Tap the body map, or choose from the list. Enter keeps it.</source>
            <translation>Коснитесь схемы тела или выберите из списка. Enter — записать.</translation>
        </message>
        <message>
            <source>Chosen: {area}</source>
            <translation>Выбрано: {area}</translation>
        </message>
    </context>
    <context>
        <name>TimelineStrip</name>
        <message>
            <source>Routine timeline</source>
            <translation>Шкала программы</translation>
        </message>
        <message>
            <source>Each step as a block; tension warm, rest cool; ticks where words are said. Click a step to select it.</source>
            <translation>Каждый шаг — отдельный блок: напряжение тёплым цветом, отдых холодным, риски там, где звучат слова. Щёлкните по шагу, чтобы выбрать его.</translation>
        </message>
    </context>
    <context>
        <name>TonightPage</name>
        <message>
            <source>That is {hours} hours between bedtime and getting up — please check the two times (is one of them AM instead of PM?).</source>
            <translation>Между отходом ко сну и подъёмом получается {hours} ч — пожалуйста, проверьте оба времени (не перепутаны ли утро и вечер?).</translation>
        </message>
        <message>
            <source>That leaves only {hours} hours between bedtime and getting up — please check the two times.</source>
            <translation>Между отходом ко сну и подъёмом остаётся всего {hours} ч — пожалуйста, проверьте оба времени.</translation>
        </message>
        <message>
            <source>{hours} hours of sleep before you get up</source>
            <translation>До подъёма — {hours} ч сна</translation>
        </message>
        <message>
            <source>{hours} hours of sleep before you get up — less than the {needed} hours recommended. An earlier bedtime would help.</source>
            <translation>До подъёма — {hours} ч сна, меньше рекомендованных {needed} ч. Помогло бы лечь пораньше.</translation>
        </message>
        <message>
            <source>done</source>
            <translation>сделано</translation>
        </message>
        <message>
            <source>skipped</source>
            <translation>пропущено</translation>
        </message>
        <message>
            <source>Sleep tonight</source>
            <extracomment>What is due now is marked apart from the selected row (which is theme.SELECTED): a warm outline-coloured band and bold words, never the selection's colour.</extracomment>
            <translation>Сон сегодня</translation>
        </message>
        <message>
            <source>Tonight's checklist</source>
            <translation>Список дел на вечер</translation>
        </message>
        <message>
            <source>D or Space marks the selected item done, S skips it, Backspace undoes.</source>
            <translation>D или пробел — отметить выбранное дело, S — пропустить, Backspace — отменить.</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Сделано</translation>
        </message>
        <message>
            <source>Skip</source>
            <translation>Пропустить</translation>
        </message>
        <message>
            <source>Start the bath timer</source>
            <translation>Запустить таймер ванны</translation>
        </message>
        <message>
            <source>Bedtime and checklist…</source>
            <translation>Время сна и список дел…</translation>
        </message>
        <message>
            <source>Routines</source>
            <translation>Программы</translation>
        </message>
        <message>
            <source>Start relaxation</source>
            <translation>Начать расслабление</translation>
        </message>
        <message>
            <source>Mark done (D)</source>
            <translation>Отметить сделанным (D)</translation>
        </message>
        <message>
            <source>Skip (S)</source>
            <translation>Пропустить (S)</translation>
        </message>
        <message>
            <source>Bedtime and checklist settings</source>
            <translation>Настройки времени сна и списка дел</translation>
        </message>
        <message>
            <source>Back to the routines</source>
            <translation>Назад к программам</translation>
        </message>
        <message>
            <source>Tonight: bed at {time}</source>
            <translation>Сегодня: спать в {time}</translation>
        </message>
        <message>
            <source>  — now</source>
            <translation>  — сейчас</translation>
        </message>
        <message numerus="yes">
            <source>Start a %n-minute timer</source>
            <translation>
                <numerusform>Запустить таймер на %n минуту</numerusform>
                <numerusform>Запустить таймер на %n минуты</numerusform>
                <numerusform>Запустить таймер на %n минут</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Cancel the bath timer (%n minute(s) left)</source>
            <translation>
                <numerusform>Отменить таймер ванны (осталась %n минута)</numerusform>
                <numerusform>Отменить таймер ванны (осталось %n минуты)</numerusform>
                <numerusform>Отменить таймер ванны (осталось %n минут)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>VoicePage</name>
        <message>
            <source>Voice</source>
            <extracomment>(voice id, words a minute, volume) to hear a sample with, without saving.</extracomment>
            <translation>Голос</translation>
        </message>
        <message>
            <source>{voice} — the default</source>
            <translation>{voice} — по умолчанию</translation>
        </message>
        <message>
            <source>The default voice</source>
            <translation>Голос по умолчанию</translation>
        </message>
        <message>
            <source>The list of voices is still being read.</source>
            <translation>Список голосов ещё загружается.</translation>
        </message>
        <message>
            <source>Speaking rate in words per minute</source>
            <translation>Скорость речи в словах в минуту</translation>
        </message>
        <message>
            <source>Voice volume in percent</source>
            <translation>Громкость голоса в процентах</translation>
        </message>
        <message>
            <source>Preview</source>
            <translation>Прослушать</translation>
        </message>
        <message>
            <source>Preview: hear a sample with these settings</source>
            <translation>Прослушать пример с этими настройками</translation>
        </message>
        <message numerus="yes">
            <source>Speed: %n word(s) a minute</source>
            <translation>
                <numerusform>Скорость: %n слово в минуту</numerusform>
                <numerusform>Скорость: %n слова в минуту</numerusform>
                <numerusform>Скорость: %n слов в минуту</numerusform>
            </translation>
        </message>
        <message>
            <source>Volume: {percent} %</source>
            <translation>Громкость: {percent} %</translation>
        </message>
    </context>
    <context>
        <name>VoicePreview</name>
        <message>
            <source>Preparing the sample…</source>
            <extracomment>Plain words for the dialog: "Preparing the sample…", "Playing…", or what went wrong.</extracomment>
            <translation>Готовим пример…</translation>
        </message>
        <message>
            <source>The sample could not be spoken ({why}).</source>
            <translation>Не удалось озвучить пример ({why}).</translation>
        </message>
        <message>
            <source>No sound output was found, so the sample cannot be heard.</source>
            <translation>Не найден вывод звука, поэтому пример не прослушать.</translation>
        </message>
        <message>
            <source>The sample cannot be played: {exc}.</source>
            <translation>Пример не воспроизводится: {exc}.</translation>
        </message>
        <message>
            <source>Playing the sample…</source>
            <translation>Звучит пример…</translation>
        </message>
    </context>
    <context>
        <name>WelcomeWizard</name>
        <message>
            <source>Welcome to Wind-Down Coach</source>
            <translation>Добро пожаловать в Wind-Down Coach</translation>
        </message>
        <message>
            <source>Who will use Wind-Down Coach?</source>
            <translation>Кто будет пользоваться программой?</translation>
        </message>
        <message>
            <source>Me</source>
            <translation>Я сам(а)</translation>
        </message>
        <message>
            <source>I will use it myself</source>
            <translation>Буду пользоваться сам(а)</translation>
        </message>
        <message>
            <source>Someone I'm setting it up for</source>
            <translation>Близкий человек, для которого я настраиваю</translation>
        </message>
        <message>
            <source>I am setting it up for someone else</source>
            <translation>Я настраиваю программу для другого человека</translation>
        </message>
        <message>
            <source>You can change everything later.</source>
            <translation>Всё это можно изменить потом.</translation>
        </message>
        <message>
            <source>About them</source>
            <translation>О человеке</translation>
        </message>
        <message>
            <source>Their name, used in the greeting</source>
            <translation>Имя — для приветствия</translation>
        </message>
        <message>
            <source>Which relaxation</source>
            <translation>Какое расслабление</translation>
        </message>
        <message>
            <source>Voice speed in words a minute (slower is calmer)</source>
            <translation>Скорость голоса в словах в минуту (медленнее — спокойнее)</translation>
        </message>
        <message>
            <source>Large text</source>
            <translation>Крупный текст</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Имя</translation>
        </message>
        <message>
            <source>Relaxation</source>
            <translation>Расслабление</translation>
        </message>
        <message>
            <source>Their evening</source>
            <translation>Вечер</translation>
        </message>
        <message>
            <source>Bedtime</source>
            <translation>Время сна</translation>
        </message>
        <message>
            <source>Wake-up time</source>
            <translation>Время подъёма</translation>
        </message>
        <message>
            <source>This is a child (10 hours of sleep)</source>
            <translation>Это ребёнок (10 часов сна)</translation>
        </message>
        <message>
            <source>Gets up at</source>
            <translation>Подъём в</translation>
        </message>
        <message numerus="yes">
            <source>{item} (%n min before bed)</source>
            <translation>
                <numerusform>{item} (за %n мин до сна)</numerusform>
                <numerusform>{item} (за %n мин до сна)</numerusform>
                <numerusform>{item} (за %n мин до сна)</numerusform>
            </translation>
        </message>
        <message>
            <source>Remind them through the evening</source>
            <translation>Напоминать в течение вечера</translation>
        </message>
        <message>
            <source>Keep it simple and safe</source>
            <translation>Просто и надёжно</translation>
        </message>
        <message>
            <source>Simple mode: one big button and tonight's list</source>
            <translation>Простой режим: одна большая кнопка и список на вечер</translation>
        </message>
        <message>
            <source>A PIN to lock the settings (optional, 4 or more characters)</source>
            <translation>PIN-код, чтобы закрыть настройки (по желанию, от 4 символов)</translation>
        </message>
        <message>
            <source>PIN (optional)</source>
            <translation>PIN-код (по желанию)</translation>
        </message>
        <message numerus="yes">
            <source>Voice speed: %n word(s) a minute</source>
            <translation>
                <numerusform>Скорость голоса: %n слово в минуту</numerusform>
                <numerusform>Скорость голоса: %n слова в минуту</numerusform>
                <numerusform>Скорость голоса: %n слов в минуту</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>app</name>
        <message>
            <source>Some settings could not be used and were set back to their defaults:
</source>
            <extracomment>Background work (the speech helper) waits this long after start-up (ms). The memory probe waits at most this long after a session for its sound to be let go (s).</extracomment>
            <translation>Некоторые настройки не подошли, и для них вернулись значения по умолчанию:
</translation>
        </message>
        <message>
            <source>The background sound plays on until {time}, then fades away. Escape stops it.</source>
            <translation>Фоновый звук будет звучать до {time}, потом плавно затихнет. Esc — выключить.</translation>
        </message>
        <message>
            <source>I startled…</source>
            <translation>Вздрагивание…</translation>
        </message>
        <message>
            <source>How did you sleep?…</source>
            <translation>Как вам спалось?…</translation>
        </message>
        <message>
            <source>Routine not found</source>
            <translation>Программа не найдена</translation>
        </message>
    </context>
    <context>
        <name>caregiver_wiring</name>
        <message>
            <source>Wind-Down Coach setup (*.coach *.zip);;All files (*)</source>
            <extracomment>What the setup file dialogs show: the app's own files (`coach export` writes any name; the README uses setup.coach), older .zip exports, and anything.</extracomment>
            <translation>Настройка Wind-Down Coach (*.coach *.zip);;Все файлы (*)</translation>
        </message>
    </context>
    <context>
        <name>cli</name>
        <message>
            <source>done</source>
            <translation>сделано</translation>
        </message>
        <message>
            <source>skipped</source>
            <translation>пропущено</translation>
        </message>
        <message>
            <source>due</source>
            <translation>пора</translation>
        </message>
        <message>
            <source>later</source>
            <translation>позже</translation>
        </message>
        <message>
            <source>No voice engine is available:</source>
            <translation>Нет ни одного речевого движка:</translation>
        </message>
        <message>
            <source>Voice engines: {name}</source>
            <translation>Речевые движки: {name}</translation>
        </message>
        <message>
            <source>The natural voice is not available: {natural_missing}</source>
            <translation>Естественный голос недоступен: {natural_missing}</translation>
        </message>
        <message>
            <source>Default voice: {name} ({id})</source>
            <translation>Голос по умолчанию: {name} ({id})</translation>
        </message>
        <message>
            <source>no voice engine is available, so there is nothing to render: </source>
            <translation>нет ни одного речевого движка, поэтому озвучивать нечем: </translation>
        </message>
        <message>
            <source>warning: “{text}” could not be spoken: {why}</source>
            <translation>предупреждение: «{text}» не удалось озвучить: {why}</translation>
        </message>
        <message>
            <source>, then {hours} hours of background</source>
            <translation>, потом {hours} ч фона</translation>
        </message>
        <message>
            <source>{output}: {minutes} minutes, {prompts} prompts{night}; voice {voice}</source>
            <translation>{output}: {minutes} мин, фраз: {prompts}{night}; голос {voice}</translation>
        </message>
        <message>
            <source>the default</source>
            <translation>по умолчанию</translation>
        </message>
        <message>
            <source>--night is {hours}; it must be from 0 to {most} hours</source>
            <translation>--night равно {hours}; нужно от 0 до {most} ч</translation>
        </message>
        <message>
            <source>--night needs a background sound to play on: add --background brown (or pink), or choose one in Preferences → Screen and sound</source>
            <translation>для --night нужен фоновый звук: добавьте --background brown (или pink) либо выберите фон в Настройках → «Экран и звук»</translation>
        </message>
        <message>
            <source>cannot write {output}: {exc}</source>
            <translation>не удаётся записать {output}: {exc}</translation>
        </message>
        <message>
            <source>--bedtime {bedtime!r} is not a time; write HH:MM, e.g. 22:30</source>
            <translation>--bedtime {bedtime!r} — это не время; напишите ЧЧ:ММ, например 22:30</translation>
        </message>
        <message>
            <source>Tonight ({night}): bed at {bedtime}, {hours} hours until you get up</source>
            <translation>Сегодня ({night}): спать в {bedtime}, до подъёма {hours} ч</translation>
        </message>
        <message>
            <source> (less than the {needed} recommended)</source>
            <translation> (меньше рекомендованных {needed})</translation>
        </message>
        <message>
            <source>cannot read the PIN from {pin_file}: {exc}</source>
            <translation>не удаётся прочитать PIN-код из {pin_file}: {exc}</translation>
        </message>
        <message>
            <source>This setup is locked. PIN to {doing}: </source>
            <translation>Эта настройка заблокирована. PIN-код, чтобы {doing}: </translation>
        </message>
        <message>
            <source>this setup is locked: give the PIN with --pin-file FILE to {doing}</source>
            <translation>эта настройка заблокирована: укажите PIN-код через --pin-file ФАЙЛ, чтобы {doing}</translation>
        </message>
        <message>
            <source>export it</source>
            <translation>сохранить её</translation>
        </message>
        <message>
            <source>cannot write {file}: {exc}</source>
            <translation>не удаётся записать {file}: {exc}</translation>
        </message>
        <message numerus="yes">
            <source>{file}: %n file(s) ({names})</source>
            <translation>
                <numerusform>{file}: %n файл ({names})</numerusform>
                <numerusform>{file}: %n файла ({names})</numerusform>
                <numerusform>{file}: %n файлов ({names})</numerusform>
            </translation>
        </message>
        <message>
            <source>nothing set up yet</source>
            <translation>пока ничего не настроено</translation>
        </message>
        <message>
            <source>{file} was not imported: {exc}</source>
            <translation>{file} не загружен: {exc}</translation>
        </message>
        <message>
            <source>change it</source>
            <translation>изменить её</translation>
        </message>
        <message>
            <source>{file}: imported</source>
            <translation>{file}: загружено</translation>
        </message>
        <message>
            <source>{first} to {last} is more than a year; a report covers at most 367 nights</source>
            <translation>с {first} по {last} — больше года; отчёт охватывает не больше 367 ночей</translation>
        </message>
        <message>
            <source>-o {output}: the report is a PDF; give a name ending in .pdf</source>
            <translation>-o {output}: отчёт — это PDF; укажите имя, оканчивающееся на .pdf</translation>
        </message>
        <message>
            <source>cannot write {where}: {exc}</source>
            <translation>не удаётся записать {where}: {exc}</translation>
        </message>
        <message numerus="yes">
            <source>{output}: the report, %n page(s)</source>
            <translation>
                <numerusform>{output}: отчёт, %n страница</numerusform>
                <numerusform>{output}: отчёт, %n страницы</numerusform>
                <numerusform>{output}: отчёт, %n страниц</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{table}: %n night(s), one per row</source>
            <translation>
                <numerusform>{table}: %n ночь, по строке на ночь</numerusform>
                <numerusform>{table}: %n ночи, по строке на ночь</numerusform>
                <numerusform>{table}: %n ночей, по строке на ночь</numerusform>
            </translation>
        </message>
        <message>
            <source>{codebook}: what each column means</source>
            <translation>{codebook}: что значит каждый столбец</translation>
        </message>
        <message>
            <source>{flag} {text!r} is not a date; write YYYY-MM-DD, e.g. 2026-11-30</source>
            <translation>{flag} {text!r} — это не дата; напишите ГГГГ-ММ-ДД, например 2026-11-30</translation>
        </message>
        <message>
            <source>the night of {night} was not saved: </source>
            <translation>ночь с {night} не сохранена: </translation>
        </message>
        <message>
            <source>the startle was not saved: </source>
            <translation>вздрагивание не сохранено: </translation>
        </message>
        <message>
            <source>{night}: startle saved</source>
            <translation>{night}: вздрагивание сохранено</translation>
        </message>
        <message>
            <source>Nothing in the diary from {first} to {last}.</source>
            <translation>С {first} по {last} в дневнике ничего нет.</translation>
        </message>
        <message>
            <source>Wind-Down Coach: spoken relaxation for bedtime.</source>
            <translation>Wind-Down Coach: расслабление под голос перед сном.</translation>
        </message>
        <message>
            <source>print every cue of a routine</source>
            <translation>показать все реплики программы</translation>
        </message>
        <message>
            <source>a routine name, id or .toml file</source>
            <translation>название программы, её id или файл .toml</translation>
        </message>
        <message>
            <source>print JSON (at, text, kind, area)</source>
            <translation>вывести JSON (at, text, kind, area)</translation>
        </message>
        <message>
            <source>list the installed voices</source>
            <translation>показать установленные голоса</translation>
        </message>
        <message>
            <source>validate routine files</source>
            <translation>проверить файлы программ</translation>
        </message>
        <message>
            <source>render a whole session to a WAV file</source>
            <translation>записать весь сеанс в звуковой файл</translation>
        </message>
        <message>
            <source>FILE.wav, .flac, .ogg or .opus</source>
            <translation>ФАЙЛ.wav, .flac, .ogg или .opus</translation>
        </message>
        <message>
            <source>the background sound (else the settings')</source>
            <translation>фоновый звук (иначе — из настроек)</translation>
        </message>
        <message>
            <source>write the whole setup to one file</source>
            <translation>сохранить всю настройку в один файл</translation>
        </message>
        <message>
            <source>include the settings lock</source>
            <translation>добавить блокировку настроек</translation>
        </message>
        <message>
            <source>include the sleep diary and startle log (health information)</source>
            <translation>добавить дневник сна и журнал вздрагиваний (сведения о здоровье)</translation>
        </message>
        <message>
            <source>on a locked setup: the PIN's file</source>
            <translation>для заблокированной настройки: файл с PIN-кодом</translation>
        </message>
        <message>
            <source>install a setup file (checked first)</source>
            <translation>установить файл настройки (сначала он проверяется)</translation>
        </message>
        <message>
            <source>only show what would change</source>
            <translation>только показать, что изменится</translation>
        </message>
        <message>
            <source>the night diary and the startle log</source>
            <translation>дневник сна и журнал вздрагиваний</translation>
        </message>
        <message>
            <source>save a night's check-in (every value is checked)</source>
            <translation>сохранить отметку о ночи (каждое значение проверяется)</translation>
        </message>
        <message>
            <source>the evening the night began</source>
            <translation>вечер, с которого началась ночь</translation>
        </message>
        <message>
            <source>log a startle</source>
            <translation>записать вздрагивание</translation>
        </message>
        <message>
            <source>a body area, e.g. right_leg</source>
            <translation>часть тела, например right_leg</translation>
        </message>
        <message>
            <source>falling_asleep, night, awake or daytime</source>
            <translation>falling_asleep, night, awake или daytime</translation>
        </message>
        <message>
            <source>about how long</source>
            <translation>примерно сколько длилось</translation>
        </message>
        <message>
            <source>it woke you</source>
            <translation>вы от этого проснулись</translation>
        </message>
        <message>
            <source>the legs felt uncomfortable before it</source>
            <translation>перед этим было неприятно в ногах</translation>
        </message>
        <message>
            <source>the nights in the diary, with their figures</source>
            <translation>ночи из дневника с их показателями</translation>
        </message>
        <message>
            <source>print JSON</source>
            <translation>вывести JSON</translation>
        </message>
        <message>
            <source>write the sleep diary as a PDF for the doctor</source>
            <translation>записать дневник сна в PDF для врача</translation>
        </message>
        <message>
            <source>first night (14 back)</source>
            <translation>первая ночь (по умолчанию 14 ночей назад)</translation>
        </message>
        <message>
            <source>last night (by default last night)</source>
            <translation>последняя ночь (по умолчанию прошлая)</translation>
        </message>
        <message>
            <source>also one row per night, and a codebook</source>
            <translation>ещё и таблицу по строке на ночь, с описанием столбцов</translation>
        </message>
        <message>
            <source>print tonight's evening plan</source>
            <translation>показать план на сегодняшний вечер</translation>
        </message>
        <message>
            <source>plan for this bedtime instead</source>
            <translation>план для другого времени сна</translation>
        </message>
        <message>
            <source>(details in the log in {folder})</source>
            <translation>(подробности — в журнале в {folder})</translation>
        </message>
    </context>
    <context>
        <name>diagnostics</name>
        <message>
            <source>not installed</source>
            <translation>не установлен</translation>
        </message>
        <message>
            <source>Voice engine</source>
            <translation>Речевой движок</translation>
        </message>
        <message>
            <source>Audio output</source>
            <translation>Вывод звука</translation>
        </message>
        <message>
            <source>Settings folder</source>
            <translation>Папка настроек</translation>
        </message>
        <message>
            <source>Data folder</source>
            <translation>Папка данных</translation>
        </message>
        <message>
            <source>Cache folder</source>
            <translation>Папка кэша</translation>
        </message>
        <message>
            <source>Log folder</source>
            <translation>Папка журналов</translation>
        </message>
    </context>
    <context>
        <name>diary_wiring</name>
        <message>
            <source>How did you sleep? “How did you sleep?…” on the home page asks about last night.</source>
            <extracomment>The check-in is offered when the app opens between these hours (the morning after).</extracomment>
            <translation>Как вам спалось? Кнопка «Как вам спалось?…» на главной странице спросит о прошлой ночи.</translation>
        </message>
        <message>
            <source>Good morning</source>
            <translation>Доброе утро</translation>
        </message>
        <message>
            <source>How did you sleep? The check-in takes a minute.</source>
            <translation>Как вам спалось? Отметка займёт минуту.</translation>
        </message>
    </context>
    <context>
        <name>evening_controller</name>
        <message>
            <source>Bath time is over</source>
            <translation>Время ванны вышло</translation>
        </message>
        <message>
            <source>Get out slowly, and sit for a minute before you lie down.</source>
            <translation>Выходите не спеша и посидите минутку, прежде чем лечь.</translation>
        </message>
        <message>
            <source>Your bath time is over. Get out slowly, and sit down for a minute before lying down.</source>
            <translation>Время ванны вышло. Выходите не спеша и посидите минутку, прежде чем лечь.</translation>
        </message>
    </context>
    <context>
        <name>evening_wiring</name>
        <message>
            <source>There is no system tray here, so reminders appear in this window; keep it open in the evening.</source>
            <translation>Здесь нет системного лотка, поэтому напоминания появляются в этом окне; не закрывайте его вечером.</translation>
        </message>
        <message>
            <source>Wind-Down Coach is still running in the tray so it can remind you this evening. Choose Quit from its menu to close it completely.</source>
            <translation>Wind-Down Coach продолжает работать в системном лотке, чтобы напоминать вам вечером. Чтобы закрыть программу совсем, выберите в его меню «Выйти».</translation>
        </message>
        <message>
            <source>The nights' record could not be opened ({exc}); tonight's ticks will not be kept.</source>
            <extracomment>Opens the bedtime and checklist editor. Tells the person something gently (the tray, else the window; held in a session).</extracomment>
            <translation>Не удалось открыть запись о ночах ({exc}); сегодняшние отметки не сохранятся.</translation>
        </message>
        <message>
            <source>The record of past nights was damaged, so a new one was started; the old file is kept as {moved_aside}.</source>
            <translation>Запись о прошлых ночах была повреждена, поэтому начата новая; старый файл сохранён как {moved_aside}.</translation>
        </message>
        <message>
            <source>Wind-Down Coach</source>
            <translation>Wind-Down Coach</translation>
        </message>
        <message>
            <source>The evening plan file could not be used, so the default plan is shown (the file is kept):
</source>
            <translation>Файл вечернего плана не подошёл, поэтому показан план по умолчанию (файл сохранён):
</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Открыть</translation>
        </message>
        <message>
            <source>Tonight</source>
            <translation>План на вечер</translation>
        </message>
        <message>
            <source>Start relaxation</source>
            <translation>Начать расслабление</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>Выйти</translation>
        </message>
        <message>
            <source>Still here</source>
            <translation>Программа всё ещё здесь</translation>
        </message>
        <message>
            <source>Bath timer: {minutes} minutes. I will tell you when it is time to get out.</source>
            <translation>Таймер ванны: {minutes} мин. Я скажу, когда пора выходить.</translation>
        </message>
        <message>
            <source>While you were relaxing</source>
            <extracomment>The bath cue is spoken at this share of the voice volume: a nudge, not an alarm.</extracomment>
            <translation>Пока вы расслаблялись</translation>
        </message>
        <message>
            <source>The evening plan could not be saved ({exc}); check that the settings folder can be written to.</source>
            <translation>Не удалось сохранить вечерний план ({exc}); проверьте, можно ли записывать в папку настроек.</translation>
        </message>
    </context>
    <context>
        <name>gui_arguments</name>
        <message>
            <source>Wind-Down Coach: spoken relaxation for bedtime.</source>
            <translation>Wind-Down Coach: расслабление под голос перед сном.</translation>
        </message>
        <message>
            <source>the routine to select</source>
            <translation>какую программу выбрать</translation>
        </message>
        <message>
            <source>start the session at once</source>
            <translation>сразу начать сеанс</translation>
        </message>
        <message>
            <source>close the app when the session has ended</source>
            <translation>закрыть программу, когда сеанс закончится</translation>
        </message>
    </context>
    <context>
        <name>history_window</name>
        <message>
            <source>Last 14 nights</source>
            <translation>Последние 14 ночей</translation>
        </message>
        <message>
            <source>Last 30 nights</source>
            <translation>Последние 30 ночей</translation>
        </message>
        <message>
            <source>Last 90 nights</source>
            <translation>Последние 90 ночей</translation>
        </message>
        <message>
            <source>Chosen dates</source>
            <translation>Выбранные даты</translation>
        </message>
    </context>
    <context>
        <name>plan_dialog</name>
        <message>
            <source>the name</source>
            <extracomment>The checklist file's field names, as a person reads them in the dialog.</extracomment>
            <translation>название</translation>
        </message>
        <message>
            <source>minutes before bed</source>
            <translation>минуты до сна</translation>
        </message>
        <message>
            <source>why</source>
            <translation>зачем</translation>
        </message>
        <message>
            <source>how long it lasts</source>
            <translation>длительность</translation>
        </message>
        <message>
            <source>on or off</source>
            <translation>вкл. или выкл.</translation>
        </message>
        <message>
            <source>its id</source>
            <translation>id</translation>
        </message>
        <message>
            <source>Item {number}</source>
            <translation>Дело {number}</translation>
        </message>
    </context>
    <context>
        <name>preferences</name>
        <message>
            <source>None</source>
            <translation>Без фона</translation>
        </message>
        <message>
            <source>Soft brown noise</source>
            <translation>Мягкий коричневый шум</translation>
        </message>
        <message>
            <source>Soft pink noise</source>
            <translation>Мягкий розовый шум</translation>
        </message>
        <message>
            <source>The background ends with it</source>
            <extracomment>The background after the closing words: the setting's kinds (a time is NIGHT_AT).</extracomment>
            <translation>Фон заканчивается вместе с ними</translation>
        </message>
        <message>
            <source>It plays on until the get-up time</source>
            <translation>Фон звучит до времени подъёма</translation>
        </message>
        <message>
            <source>It plays on until</source>
            <translation>Фон звучит до</translation>
        </message>
    </context>
    <context>
        <name>session_controller</name>
        <message>
            <source>The sound is back; the voice goes on from here.</source>
            <translation>Звук вернулся; голос продолжает с этого места.</translation>
        </message>
        <message>
            <source>The computer was asleep, so the session paused where it was. Press Space to go on.</source>
            <translation>Компьютер засыпал, поэтому сеанс остановился на этом месте. Нажмите пробел, чтобы продолжить.</translation>
        </message>
        <message>
            <source>No sound output was found, so the session shows its words on screen instead. Connect speakers or headphones, or check that the sound system (PulseAudio or PipeWire) is running; on Debian or Ubuntu Qt also needs the libpulse0 package.</source>
            <translation>Не найден вывод звука, поэтому слова сеанса показаны на экране. Подключите колонки или наушники либо проверьте, что звуковая система (PulseAudio или PipeWire) работает; в Debian и Ubuntu Qt нужен ещё пакет libpulse0.</translation>
        </message>
        <message>
            <source>The natural voice is not available ({why}), so the eSpeak voice speaks instead.</source>
            <translation>Естественный голос недоступен ({why}), поэтому говорит голос eSpeak.</translation>
        </message>
        <message>
            <source>The sound device stopped working ({why}). The session goes on with its words on screen.</source>
            <translation>Звуковое устройство перестало работать ({why}). Сеанс продолжается со словами на экране.</translation>
        </message>
    </context>
    <context>
        <name>voice_preview</name>
        <message>
            <source>Let your shoulders soften... and let your breathing slow down.</source>
            <translation>Пусть плечи станут мягче... а дыхание — медленнее.</translation>
        </message>
    </context>
</TS>
