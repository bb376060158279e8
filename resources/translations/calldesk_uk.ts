<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="uk_UA" sourcelanguage="en">
<context>
    <name>AccountDialog</name>
    <message>
        <source>My account</source>
        <translation>Мій обліковий запис</translation>
    </message>
    <message>
        <source>Save the name</source>
        <translation>Зберегти ім&apos;я</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Ім&apos;я</translation>
    </message>
    <message>
        <source>Login:</source>
        <translation>Логін:</translation>
    </message>
    <message>
        <source>Full name:</source>
        <translation>ПІБ:</translation>
    </message>
    <message>
        <source>Change the password</source>
        <translation>Змінити пароль</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <source>Current password:</source>
        <translation>Поточний пароль:</translation>
    </message>
    <message>
        <source>New password:</source>
        <translation>Новий пароль:</translation>
    </message>
    <message>
        <source>New password again:</source>
        <translation>Новий пароль ще раз:</translation>
    </message>
    <message>
        <source>Softphone</source>
        <translation>Софтфон</translation>
    </message>
    <message>
        <source>{account} ({transport})</source>
        <translation>{account} ({transport})</translation>
    </message>
    <message>
        <source>none: an administrator sets it in Administration, Users</source>
        <translation>немає: його задає адміністратор у розділі «Адміністрування», «Користувачі»</translation>
    </message>
    <message>
        <source>SIP account:</source>
        <translation>Обліковий запис SIP:</translation>
    </message>
    <message>
        <source>Log out</source>
        <translation>Вийти</translation>
    </message>
    <message>
        <source>End your session here (the softphone unregisters) and let another employee log in (Ctrl+Shift+L)</source>
        <translation>Завершити роботу на цьому комп&apos;ютері (софтфон знімає реєстрацію) і дати увійти іншому співробітникові (Ctrl+Shift+L)</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Збереження…</translation>
    </message>
    <message>
        <source>Your name was saved.</source>
        <translation>Ім&apos;я збережено.</translation>
    </message>
    <message>
        <source>The new password and its repetition differ.</source>
        <translation>Новий пароль і його повтор не збігаються.</translation>
    </message>
    <message>
        <source>The password was changed: use it at the next login.</source>
        <translation>Пароль змінено: використовуйте його під час наступного входу.</translation>
    </message>
</context>
<context>
    <name>AdminForm</name>
    <message>
        <source>Users</source>
        <translation>Користувачі</translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation>Права доступу</translation>
    </message>
    <message>
        <source>Groups and field access</source>
        <translation>Групи та доступ до полів</translation>
    </message>
    <message>
        <source>Card fields</source>
        <translation>Поля картки</translation>
    </message>
    <message>
        <source>Lists</source>
        <translation>Списки</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Налаштування</translation>
    </message>
    <message>
        <source>Mail and files</source>
        <translation>Пошта і файли</translation>
    </message>
    <message>
        <source>PBX</source>
        <translation>АТС</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>ПІБ</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Логін</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Посада</translation>
    </message>
    <message>
        <source>Extension</source>
        <translation>Внутрішній номер</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Активний</translation>
    </message>
    <message>
        <source>Create user</source>
        <translation>Створити користувача</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Змінити</translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation>Скинути пароль</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>Вимкнути</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>так</translation>
    </message>
    <message>
        <source>no</source>
        <translation>ні</translation>
    </message>
    <message>
        <source>New password for {0}:</source>
        <translation>Новий пароль для {0}:</translation>
    </message>
    <message>
        <source>The password of {0} was changed.</source>
        <translation>Пароль користувача {0} змінено.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>Доступ</translation>
    </message>
    <message>
        <source>New group</source>
        <translation>Нова група</translation>
    </message>
    <message>
        <source>Delete group</source>
        <translation>Видалити групу</translation>
    </message>
    <message>
        <source>Group name:</source>
        <translation>Назва групи:</translation>
    </message>
    <message>
        <source>Save group</source>
        <translation>Зберегти групу</translation>
    </message>
    <message>
        <source>hidden</source>
        <translation>приховано</translation>
    </message>
    <message>
        <source>view</source>
        <translation>перегляд</translation>
    </message>
    <message>
        <source>edit</source>
        <translation>зміна</translation>
    </message>
    <message>
        <source>Choose the members in each user&apos;s dialog (Users tab).</source>
        <translation>Учасників обирають у картці кожного користувача (вкладка «Користувачі»).</translation>
    </message>
    <message>
        <source>No members: choose them in each user&apos;s dialog (Users tab).</source>
        <translation>Учасників немає: їх обирають у картці кожного користувача (вкладка «Користувачі»).</translation>
    </message>
    <message>
        <source>Members: {names}</source>
        <translation>Учасники: {names}</translation>
    </message>
    <message>
        <source>The group was saved.</source>
        <translation>Групу збережено.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Назва</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Ключ</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Обов&apos;язкове</translation>
    </message>
    <message>
        <source>In table</source>
        <translation>У таблиці</translation>
    </message>
    <message>
        <source>On the card</source>
        <translation>На картці</translation>
    </message>
    <message>
        <source>Tab / section</source>
        <translation>Вкладка / розділ</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Порядок</translation>
    </message>
    <message>
        <source>Add field</source>
        <translation>Додати поле</translation>
    </message>
    <message>
        <source>Delete field</source>
        <translation>Видалити поле</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Нічого не змінено.</translation>
    </message>
    <message>
        <source>Create a client card automatically for an unknown incoming number</source>
        <translation>Автоматично створювати картку клієнта для вхідного дзвінка з невідомого номера</translation>
    </message>
    <message>
        <source>the PBX (its call records; the softphones write nothing)</source>
        <translation>АТС (її записи про дзвінки; софтфони нічого не пишуть)</translation>
    </message>
    <message>
        <source>CallDesk softphones (each writes the calls it makes and takes)</source>
        <translation>Софтфони CallDesk (кожен пише свої вхідні та вихідні дзвінки)</translation>
    </message>
    <message>
        <source>Only one source writes calls, so that nothing is counted twice.</source>
        <translation>Дзвінки пише лише одне джерело, щоб нічого не порахувати двічі.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>немає</translation>
    </message>
    <message>
        <source>For every operator whose softphone settings say &quot;as the company&quot;; a workstation may set its own.</source>
        <translation>Для кожного оператора, у якого в налаштуваннях софтфона вибрано «як у компанії»; робоче місце може задати своє.</translation>
    </message>
    <message>
        <source>Record softphone calls</source>
        <translation>Записувати дзвінки софтфона</translation>
    </message>
    <message>
        <source>Each softphone records its answered calls (both voices) and uploads them into a folder per day of the recordings folder its workstation plays recordings from (recordings_base in its settings.json); until that folder is reachable they wait on the operator&apos;s computer. Operators see that calls are recorded.</source>
        <translation>Кожен софтфон записує прийняті та здійснені дзвінки (обидва голоси) і вивантажує їх до папки записів, з якої його робоче місце програє записи (recordings_base у його settings.json), по папці на день; доки ця папка недоступна, записи чекають на комп&apos;ютері оператора. Оператори бачать, що дзвінки записуються.</translation>
    </message>
    <message>
        <source>Calls in the journal come from:</source>
        <translation>Джерело дзвінків журналу:</translation>
    </message>
    <message>
        <source>Wrap-up pause after a call:</source>
        <translation>Пауза на обробку після дзвінка:</translation>
    </message>
    <message>
        <source>none: every read goes to this server</source>
        <translation>немає: усе читається з цього сервера</translation>
    </message>
    <message>
        <source>host:port of a MariaDB/MySQL replica of this database. The journal, reports and client directory read there (writes always go to this server); workstations use it from their next start.</source>
        <translation>сервер:порт репліки цієї бази MariaDB/MySQL. Журнал, звіти й довідник клієнтів читаються з неї (запис завжди йде на цей сервер); робочі місця використовують її з наступного запуску.</translation>
    </message>
    <message>
        <source>Read replica:</source>
        <translation>Репліка для читання:</translation>
    </message>
    <message>
        <source>Working day, calls back and reports</source>
        <translation>Робочий день, передзвони та звіти</translation>
    </message>
    <message>
        <source>this computer&apos;s</source>
        <translation>як на цьому комп&apos;ютері</translation>
    </message>
    <message>
        <source>within</source>
        <translation>протягом</translation>
    </message>
    <message>
        <source> min of the first attempt</source>
        <translation> хв після першої спроби</translation>
    </message>
    <message>
        <source>before the end of the working day</source>
        <translation>до кінця робочого дня</translation>
    </message>
    <message>
        <source>the same day</source>
        <translation>у межах дня</translation>
    </message>
    <message>
        <source> h</source>
        <translation> год</translation>
    </message>
    <message>
        <source> min</source>
        <translation> хв</translation>
    </message>
    <message>
        <source> s</source>
        <translation> с</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Групи</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Елементи</translation>
    </message>
    <message>
        <source>Save settings</source>
        <translation>Зберегти налаштування</translation>
    </message>
    <message>
        <source>Working hours:</source>
        <translation>Робочі години:</translation>
    </message>
    <message>
        <source>Time zone:</source>
        <translation>Часовий пояс:</translation>
    </message>
    <message>
        <source>Call a missed caller back:</source>
        <translation>Передзвонити пропущеному:</translation>
    </message>
    <message>
        <source>Repeated calls of one number are one item over:</source>
        <translation>Повторні дзвінки з номера — один рядок за:</translation>
    </message>
    <message>
        <source>Take it holds for:</source>
        <translation>«Взяти в роботу» тримається:</translation>
    </message>
    <message>
        <source>Service level: answered within</source>
        <translation>Рівень обслуговування: відповідь протягом</translation>
    </message>
    <message>
        <source>Ignore abandoned calls shorter than</source>
        <translation>Не враховувати покинуті дзвінки коротші за</translation>
    </message>
    <message>
        <source>Saving the settings…</source>
        <translation>Збереження налаштувань…</translation>
    </message>
    <message>
        <source>The settings were saved.</source>
        <translation>Налаштування збережено.</translation>
    </message>
</context>
<context>
    <name>AssignNumberDialog</name>
    <message>
        <source>Assign number to client</source>
        <translation>Додати номер клієнту</translation>
    </message>
    <message>
        <source>Client name or phone number</source>
        <translation>Назва клієнта або номер телефону</translation>
    </message>
    <message>
        <source>Add number to client</source>
        <translation>Додати номер клієнту</translation>
    </message>
    <message>
        <source>Add number to contact person</source>
        <translation>Додати номер контактній особі</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>Додати</translation>
    </message>
    <message>
        <source>Number:</source>
        <translation>Номер:</translation>
    </message>
    <message>
        <source>Find client:</source>
        <translation>Знайти клієнта:</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Пошук…</translation>
    </message>
    <message>
        <source>Found: {count}</source>
        <translation>Знайдено: {count}</translation>
    </message>
    <message>
        <source>Nothing found</source>
        <translation>Нічого не знайдено</translation>
    </message>
    <message>
        <source>Choose a client first.</source>
        <translation>Спочатку виберіть клієнта.</translation>
    </message>
</context>
<context>
    <name>BoardForm</name>
    <message>
        <source>Live: what each operator&apos;s softphone is doing, and pauses from CallDesk and the PBX. A softphone silent for 20 s counts as offline.</source>
        <translation>Зараз: що робить софтфон кожного оператора, і паузи з CallDesk та АТС. Софтфон, що мовчить 20 с, вважається не в мережі.</translation>
    </message>
    <message>
        <source>No operators yet: they appear here once an administrator adds them.</source>
        <translation>Операторів поки немає: вони з&apos;являться тут, коли адміністратор їх додасть.</translation>
    </message>
</context>
<context>
    <name>BoardModel</name>
    <message>
        <source>Operator</source>
        <translation>Оператор</translation>
    </message>
    <message>
        <source>Ext.</source>
        <translation>Внутр.</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Стан</translation>
    </message>
    <message>
        <source>With whom</source>
        <translation>З ким</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Скільки</translation>
    </message>
    <message>
        <source>Workstation</source>
        <translation>Робоче місце</translation>
    </message>
</context>
<context>
    <name>CallAlerts</name>
    <message>
        <source>Incoming call</source>
        <translation>Вхідний дзвінок</translation>
    </message>
    <message>
        <source>Missed call</source>
        <translation>Пропущений дзвінок</translation>
    </message>
</context>
<context>
    <name>CallPanel</name>
    <message>
        <source>Creating and changing clients needs the permission (Administration).</source>
        <translation>Для створення та зміни клієнтів потрібне право (Адміністрування).</translation>
    </message>
    <message>
        <source>Call details</source>
        <translation>Відомості про дзвінок</translation>
    </message>
    <message>
        <source>Select a call in the journal.</source>
        <translation>Виберіть дзвінок у журналі.</translation>
    </message>
    <message>
        <source>Number:</source>
        <translation>Номер:</translation>
    </message>
    <message>
        <source>Client:</source>
        <translation>Клієнт:</translation>
    </message>
    <message>
        <source>Contact person:</source>
        <translation>Контактна особа:</translation>
    </message>
    <message>
        <source>Employee:</source>
        <translation>Співробітник:</translation>
    </message>
    <message>
        <source>Took part:</source>
        <translation>Брали участь:</translation>
    </message>
    <message>
        <source>Responsible manager:</source>
        <translation>Відповідальний:</translation>
    </message>
    <message>
        <source>Started:</source>
        <translation>Початок:</translation>
    </message>
    <message>
        <source>Answered:</source>
        <translation>Відповідь:</translation>
    </message>
    <message>
        <source>Ended:</source>
        <translation>Закінчення:</translation>
    </message>
    <message>
        <source>Wait duration:</source>
        <translation>Очікування:</translation>
    </message>
    <message>
        <source>Talk duration:</source>
        <translation>Розмова:</translation>
    </message>
    <message>
        <source>Hung up:</source>
        <translation>Поклав слухавку:</translation>
    </message>
    <message>
        <source>Queue:</source>
        <translation>Черга:</translation>
    </message>
    <message>
        <source>Line:</source>
        <translation>Лінія:</translation>
    </message>
    <message>
        <source>Transfers:</source>
        <translation>Переведень:</translation>
    </message>
    <message>
        <source>Cost:</source>
        <translation>Вартість:</translation>
    </message>
    <message>
        <source>Create client (F7)</source>
        <translation>Створити клієнта (F7)</translation>
    </message>
    <message>
        <source>Assign number to client…</source>
        <translation>Додати номер клієнту…</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Коментар</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Завантаження…</translation>
    </message>
    <message>
        <source>The call cannot be read: {error}</source>
        <translation>Не вдалося прочитати дзвінок: {error}</translation>
    </message>
    <message>
        <source>Recordings: {recorded} of {parts} parts</source>
        <translation>Записи: {recorded} з {parts} частин</translation>
    </message>
    <message>
        <source>Parts: no recordings</source>
        <translation>Частини дзвінка: записів немає</translation>
    </message>
    <message>
        <source>{direction} call</source>
        <translation>{direction} дзвінок</translation>
    </message>
    <message>
        <source>(registered after the call)</source>
        <translation>(зареєстровано після дзвінка)</translation>
    </message>
    <message>
        <source>Open the client&apos;s card</source>
        <translation>Відкрити картку клієнта</translation>
    </message>
    <message>
        <source>not registered</source>
        <translation>не зареєстровано</translation>
    </message>
    <message>
        <source>{time} in the queue</source>
        <translation>{time} у черзі</translation>
    </message>
    <message>
        <source>(position {n})</source>
        <translation>(місце {n})</translation>
    </message>
</context>
<context>
    <name>CallbackForm</name>
    <message>
        <source>To call back</source>
        <translation>Передзвонити</translation>
    </message>
    <message>
        <source>The softphone is not configured.</source>
        <translation>Софтфон не налаштовано.</translation>
    </message>
    <message>
        <source>Refresh (F5)</source>
        <translation>Оновити (F5)</translation>
    </message>
    <message>
        <source>Take it</source>
        <translation>Взяти в роботу</translation>
    </message>
    <message>
        <source>Give back</source>
        <translation>Повернути</translation>
    </message>
    <message>
        <source>Call back</source>
        <translation>Передзвонити</translation>
    </message>
    <message>
        <source>Client card</source>
        <translation>Картка клієнта</translation>
    </message>
    <message>
        <source>Create client (F7)</source>
        <translation>Створити клієнта (F7)</translation>
    </message>
    <message>
        <source>Show closed</source>
        <translation>Показувати закриті</translation>
    </message>
    <message>
        <source>Also the items closed by a later call</source>
        <translation>І рядки, закриті пізнішим дзвінком</translation>
    </message>
    <message>
        <source>Why it is here</source>
        <translation>Чому дзвінок тут</translation>
    </message>
    <message>
        <source>Nobody is waiting for a call back.
Missed and lost calls appear here until someone talks to the caller.</source>
        <translation>Ніхто не чекає на передзвін.
Пропущені та втрачені дзвінки видно тут, доки з абонентом ніхто не поговорив.</translation>
    </message>
    <message>
        <source>The worklist cannot be read: {error}</source>
        <translation>Не вдалося прочитати список: {error}</translation>
    </message>
    <message>
        <source>call back before the end of the working day ({time})</source>
        <translation>передзвонити до кінця робочого дня ({time})</translation>
    </message>
    <message>
        <source>call back within {minutes} min of the first attempt</source>
        <translation>передзвонити протягом {minutes} хв після першої спроби</translation>
    </message>
    <message>
        <source>Waiting: {open}, overdue: {overdue} — {target}</source>
        <translation>Чекають: {open}, прострочено: {overdue} — {target}</translation>
    </message>
    <message>
        <source>Select a caller to see whom the calls rang and why.</source>
        <translation>Виберіть абонента, щоб побачити, кому надходили його дзвінки і чому.</translation>
    </message>
    <message>
        <source>Attempts: {count}, waited {time} in all</source>
        <translation>Спроб: {count}, усього чекав {time}</translation>
    </message>
    <message>
        <source>Call the caller back (taking the item)</source>
        <translation>Передзвонити абоненту (і взяти в роботу)</translation>
    </message>
    <message>
        <source>{notice}
Call anyway?</source>
        <translation>{notice}
Все одно зателефонувати?</translation>
    </message>
</context>
<context>
    <name>ClientCardForm</name>
    <message>
        <source>Save</source>
        <translation>Записати</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Перечитати</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Основне</translation>
    </message>
    <message>
        <source>Additional fields</source>
        <translation>Додаткові поля</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Коли</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Хто</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <source>Was</source>
        <translation>Було</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Стало</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Історія змін</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Дзвінки</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Файли</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Події</translation>
    </message>
    <message>
        <source>You may only view client cards: changing them needs the permission (Administration → Permissions).</source>
        <translation>Ви можете лише переглядати картки клієнтів: для зміни потрібне право (Адміністрування → Права доступу).</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Юр. особа</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Фіз. особа</translation>
    </message>
    <message>
        <source>Write</source>
        <translation>Написати</translation>
    </message>
    <message>
        <source>Write a letter (through the company&apos;s mail server, else the mail client)</source>
        <translation>Написати листа (через поштовий сервер компанії, інакше в поштовій програмі)</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Найменування:</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Вид:</translation>
    </message>
    <message>
        <source>Responsible manager:</source>
        <translation>Відповідальний менеджер:</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>E-mail:</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Контактна особа</translation>
    </message>
    <message>
        <source>Add number</source>
        <translation>Додати номер</translation>
    </message>
    <message>
        <source>Remove number</source>
        <translation>Видалити номер</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Зателефонувати</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>Телефони</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>ПІБ</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Посада</translation>
    </message>
    <message>
        <source>Add contact person</source>
        <translation>Додати контактну особу</translation>
    </message>
    <message>
        <source>Remove contact person</source>
        <translation>Видалити контактну особу</translation>
    </message>
    <message>
        <source>Contact persons</source>
        <translation>Контактні особи</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Напрямок</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Employee</source>
        <translation>Співробітник</translation>
    </message>
    <message>
        <source>Talk</source>
        <translation>Розмова</translation>
    </message>
    <message>
        <source>Recording</source>
        <translation>Запис</translation>
    </message>
    <message>
        <source>Call back</source>
        <translation>Передзвонити</translation>
    </message>
    <message>
        <source>Select a call with a recording (♪) to listen to it.</source>
        <translation>Виберіть дзвінок із записом (♪), щоб прослухати його.</translation>
    </message>
    <message>
        <source>Opening the card…</source>
        <translation>Відкриття картки…</translation>
    </message>
    <message>
        <source>New client</source>
        <translation>Новий клієнт</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Загальні</translation>
    </message>
    <message>
        <source>No additional fields: the administrator opens them to groups.</source>
        <translation>Додаткових полів немає: їх відкриває групам адміністратор.</translation>
    </message>
    <message>
        <source>(the client)</source>
        <translation>(клієнт)</translation>
    </message>
    <message>
        <source>The letter was sent.</source>
        <translation>Лист надіслано.</translation>
    </message>
    <message>
        <source>The card is not saved yet: save it (Ctrl+S) to see this.</source>
        <translation>Картку ще не записано: запишіть її (Ctrl+S), щоб побачити це.</translation>
    </message>
    <message>
        <source>Card created</source>
        <translation>Картку створено</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Завантажено</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Найменування</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Responsible manager</source>
        <translation>Відповідальний менеджер</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Letter sent</source>
        <translation>Надіслано листа</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>No changes yet. Changes of the name, phones, contact persons and fields are listed here once the card is saved.</source>
        <translation>Змін поки немає. Зміни назви, телефонів, контактних осіб і полів з&apos;являться тут після запису картки.</translation>
    </message>
    <message>
        <source>Made: {0}   Taken: {1}   Missed: {2}</source>
        <translation>Вихідних: {0}   Прийнятих: {1}   Пропущених: {2}</translation>
    </message>
    <message>
        <source>Incoming</source>
        <translation>Вхідний</translation>
    </message>
    <message>
        <source>Outgoing</source>
        <translation>Вихідний</translation>
    </message>
    <message>
        <source>No calls with this client yet. Calls from and to its numbers are listed here; to call it, choose a number on the Main tab.</source>
        <translation>З цим клієнтом ще не було дзвінків. Тут з&apos;являться дзвінки з його номерів і на них; щоб зателефонувати, виберіть номер на вкладці «Основне».</translation>
    </message>
    <message>
        <source>You have had no calls with this client yet (you see the calls you took part in). To call it, choose a number on the Main tab.</source>
        <translation>У вас ще не було дзвінків з цим клієнтом (ви бачите дзвінки, у яких брали участь). Щоб зателефонувати, виберіть номер на вкладці «Основне».</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Запис…</translation>
    </message>
    <message>
        <source>Nothing was saved: {error} Your changes are kept; save again.</source>
        <translation>Нічого не збережено: {error} Ваші зміни залишилися в картці; збережіть ще раз.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Записано.</translation>
    </message>
    <message>
        <source>Someone saved this card while you were editing it.</source>
        <translation>Поки ви редагували картку, її записав інший користувач.</translation>
    </message>
    <message>
        <source>They changed:</source>
        <translation>Інший користувач змінив:</translation>
    </message>
    <message>
        <source>You changed:</source>
        <translation>Ви змінили:</translation>
    </message>
    <message>
        <source>Where you both changed a field, merging keeps your value.</source>
        <translation>Де ви обидва змінили одне поле, після об&apos;єднання залишиться ваше значення.</translation>
    </message>
    <message>
        <source>The card was changed</source>
        <translation>Картку змінено</translation>
    </message>
    <message>
        <source>Merge and save</source>
        <translation>Об&apos;єднати та записати</translation>
    </message>
    <message>
        <source>Reload (drop my changes)</source>
        <translation>Перечитати (скасувати мої зміни)</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Продовжити редагування</translation>
    </message>
</context>
<context>
    <name>ClientEventsTab</name>
    <message>
        <source>New event</source>
        <translation>Нова подія</translation>
    </message>
    <message>
        <source>To the event</source>
        <translation>До події</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Створено</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Дата і час</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Опис</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Виконавець</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Виконано</translation>
    </message>
</context>
<context>
    <name>ClientExport</name>
    <message>
        <source>Exporting clients…</source>
        <translation>Вивантаження клієнтів…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Скасувати</translation>
    </message>
    <message>
        <source>Export clients</source>
        <translation>Вивантаження клієнтів</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV, semicolon separated (*.csv)</source>
        <translation>Книга Excel (*.xlsx);;CSV, роздільник крапка з комою (*.csv)</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Юр. особа</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Фіз. особа</translation>
    </message>
    <message>
        <source>Exported {0} clients…</source>
        <translation>Вивантажено клієнтів: {0}…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Вивантаження</translation>
    </message>
    <message>
        <source>{0} clients exported to {1}</source>
        <translation>Вивантажено клієнтів: {0}, файл {1}</translation>
    </message>
    <message>
        <source>Export failed: {0}</source>
        <translation>Не вдалося вивантажити: {0}</translation>
    </message>
</context>
<context>
    <name>ClientTableModel</name>
    <message>
        <source>Company</source>
        <translation>Юр. особа</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Фіз. особа</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Клієнт</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>Телефони</translation>
    </message>
    <message>
        <source>Contact persons</source>
        <translation>Контактні особи</translation>
    </message>
    <message>
        <source>Responsible manager</source>
        <translation>Відповідальний менеджер</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
</context>
<context>
    <name>ClientsForm</name>
    <message>
        <source>Create</source>
        <translation>Створити</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Відкрити</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Видалити</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Оновити</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Завантаження…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Експорт…</translation>
    </message>
    <message>
        <source>Search by name, number or contact person</source>
        <translation>Пошук за найменуванням, номером або контактною особою</translation>
    </message>
    <message>
        <source>Ask an administrator for the permission (Administration → Permissions).</source>
        <translation>Попросіть адміністратора надати право (Адміністрування → Права доступу).</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Юр. особа</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Фіз. особа</translation>
    </message>
    <message>
        <source>The softphone is not configured.</source>
        <translation>Софтфон не налаштовано.</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Зателефонувати</translation>
    </message>
    <message>
        <source>Filter column…</source>
        <translation>Фільтр за колонкою…</translation>
    </message>
    <message>
        <source>Click a column&apos;s title to filter by its values</source>
        <translation>Натисніть на заголовок колонки, щоб відібрати за її значеннями</translation>
    </message>
    <message>
        <source>Clients whose card holds a list item the administrator marked as hiding (e.g. status &quot;Closed&quot;) are left out of the table unless this is on.</source>
        <translation>Клієнти, у картці яких вибрано елемент списку, позначений адміністратором як прихований (наприклад, статус «Закритий»), не показуються в таблиці, доки цей прапорець не ввімкнено.</translation>
    </message>
    <message>
        <source>Clients: {0}</source>
        <translation>Клієнтів: {0}</translation>
    </message>
    <message>
        <source>Show hidden ({0})</source>
        <translation>Показати прихованих ({0})</translation>
    </message>
    <message>
        <source>The clients that match are hidden by their status (e.g. &quot;Closed&quot;): tick &quot;Show hidden&quot; to see them.</source>
        <translation>Відповідні клієнти приховані за статусом (наприклад, «Закритий»): увімкніть «Показати прихованих», щоб їх побачити.</translation>
    </message>
    <message>
        <source>No client matches the search and filters. Check the spelling, type less (part of the name, the last digits of the number) or clear the filters.</source>
        <translation>Жоден клієнт не відповідає пошуку та фільтрам. Перевірте написання, введіть менше (частину назви, останні цифри номера) або очистіть фільтри.</translation>
    </message>
    <message>
        <source>No clients yet. Create one (Insert) or import them from Excel or CSV.</source>
        <translation>Клієнтів поки немає. Створіть клієнта (Insert) або завантажте їх з Excel чи CSV.</translation>
    </message>
    <message>
        <source>No clients yet.</source>
        <translation>Клієнтів поки немає.</translation>
    </message>
    <message>
        <source>Select a client to call.</source>
        <translation>Виберіть клієнта, щоб зателефонувати.</translation>
    </message>
    <message>
        <source>The client has no phone number.</source>
        <translation>У клієнта немає номера телефону.</translation>
    </message>
    <message>
        <source>Call the client&apos;s first number ({key})</source>
        <translation>Зателефонувати на перший номер клієнта ({key})</translation>
    </message>
    <message>
        <source>Call {number}</source>
        <translation>Зателефонувати {number}</translation>
    </message>
    <message>
        <source>New client</source>
        <translation>Новий клієнт</translation>
    </message>
    <message>
        <source>Delete client</source>
        <translation>Видалення клієнта</translation>
    </message>
    <message>
        <source>Delete the client «{0}» with its numbers and contact persons? Its calls stay in the journal.</source>
        <translation>Видалити клієнта «{0}» разом з його номерами та контактними особами? Його дзвінки залишаться в журналі.</translation>
    </message>
    <message>
        <source>Deleting…</source>
        <translation>Видалення…</translation>
    </message>
    <message>
        <source>Not deleted: {error}</source>
        <translation>Не видалено: {error}</translation>
    </message>
</context>
<context>
    <name>ColumnChooser</name>
    <message>
        <source>Column chooser</source>
        <translation>Вибір колонок</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Вгору</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Вниз</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>За замовчуванням</translation>
    </message>
    <message>
        <source>Marks (!, ★, ✎)</source>
        <translation>Позначки (!, ★, ✎)</translation>
    </message>
</context>
<context>
    <name>CommentEditor</name>
    <message>
        <source>A comment on the call (Ctrl+Enter saves)</source>
        <translation>Коментар до дзвінка (Ctrl+Enter — зберегти)</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Зберегти</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Видалити</translation>
    </message>
    <message>
        <source>{who}, {when}</source>
        <translation>{who}, {when}</translation>
    </message>
    <message>
        <source>Deleted by {who}, {when}</source>
        <translation>Видалив(ла) {who}, {when}</translation>
    </message>
    <message>
        <source>The comment is {over} character(s) too long. Shorten it: it is not cut and not saved.</source>
        <translation>Коментар довший за допустимий на {over} симв. Скоротіть його: текст не обрізається і не зберігається.</translation>
    </message>
    <message>
        <source>Not saved: {error} Your text is kept; try again.</source>
        <translation>Не збережено: {error} Ваш текст залишився в полі; спробуйте ще раз.</translation>
    </message>
    <message>
        <source>Not saved: {error}</source>
        <translation>Не збережено: {error}</translation>
    </message>
    <message>
        <source>The comment was changed by someone else; not saved.</source>
        <translation>Коментар змінив інший користувач; ваш текст не збережено.</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>The comment was changed</source>
        <translation>Коментар змінено</translation>
    </message>
    <message>
        <source>another user</source>
        <translation>інший користувач</translation>
    </message>
    <message>
        <source>{who} changed this comment at {when} while you were editing it.</source>
        <translation>{who} змінив(ла) цей коментар о {when}, поки ви його редагували.</translation>
    </message>
    <message>
        <source>(deleted)</source>
        <translation>(видалено)</translation>
    </message>
    <message>
        <source>Keep theirs</source>
        <translation>Залишити їхній варіант</translation>
    </message>
    <message>
        <source>Save mine</source>
        <translation>Зберегти мій</translation>
    </message>
    <message>
        <source>Their comment:</source>
        <translation>Їхній коментар:</translation>
    </message>
    <message>
        <source>Your comment:</source>
        <translation>Ваш коментар:</translation>
    </message>
</context>
<context>
    <name>ConnectionDialog</name>
    <message>
        <source>Connect to the CallDesk database</source>
        <translation>Підключення до бази даних CallDesk</translation>
    </message>
    <message>
        <source>MySQL / MariaDB server (shared)</source>
        <translation>Сервер MySQL / MariaDB (спільна база)</translation>
    </message>
    <message>
        <source>SQLite file (single workstation)</source>
        <translation>Файл SQLite (одне робоче місце)</translation>
    </message>
    <message>
        <source>optional: the CA file that signed the server&apos;s</source>
        <translation>необов&apos;язково: файл CA, що підписав сертифікат сервера</translation>
    </message>
    <message>
        <source>With a CA file the connection is encrypted and the server&apos;s certificate and address are checked (TLS).</source>
        <translation>З файлом CA з&apos;єднання шифрується, а сертифікат і адреса сервера перевіряються (TLS).</translation>
    </message>
    <message>
        <source>Remember the password in the system keyring</source>
        <translation>Запам&apos;ятати пароль у системному сховищі паролів</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Огляд…</translation>
    </message>
    <message>
        <source>Database type:</source>
        <translation>Тип бази даних:</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Сервер:</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Порт:</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>База даних:</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>Користувач:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Пароль:</translation>
    </message>
    <message>
        <source>TLS certificate (CA):</source>
        <translation>Сертифікат TLS (CA):</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Файл:</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Перевірити підключення</translation>
    </message>
    <message>
        <source>SQLite database file</source>
        <translation>Файл бази даних SQLite</translation>
    </message>
    <message>
        <source>Choose the database file.</source>
        <translation>Виберіть файл бази даних.</translation>
    </message>
    <message>
        <source>Enter the server name or address.</source>
        <translation>Введіть ім&apos;я або адресу сервера.</translation>
    </message>
    <message>
        <source>Enter the database name.</source>
        <translation>Введіть назву бази даних.</translation>
    </message>
    <message>
        <source>Enter the user name.</source>
        <translation>Введіть ім&apos;я користувача.</translation>
    </message>
    <message>
        <source>There is no CA file {path}.</source>
        <translation>Файлу CA {path} немає.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Підключення…</translation>
    </message>
    <message>
        <source>Connection succeeded.</source>
        <translation>Підключення встановлено.</translation>
    </message>
</context>
<context>
    <name>CreateClientDialog</name>
    <message>
        <source>Create client</source>
        <translation>Створити клієнта</translation>
    </message>
    <message>
        <source>e.g. ООО «Ромашка» or Иванов Иван</source>
        <translation>наприклад, ТОВ «Ромашка» або Іваненко Іван</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Компанія</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Фізична особа</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>необов&apos;язково</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Створити</translation>
    </message>
    <message>
        <source>Number:</source>
        <translation>Номер:</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Найменування:</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Вид:</translation>
    </message>
    <message>
        <source>Responsible manager:</source>
        <translation>Відповідальний менеджер:</translation>
    </message>
    <message>
        <source>Contact person:</source>
        <translation>Контактна особа:</translation>
    </message>
    <message>
        <source>Position:</source>
        <translation>Посада:</translation>
    </message>
    <message>
        <source>Enter the client&apos;s name.</source>
        <translation>Введіть найменування клієнта.</translation>
    </message>
</context>
<context>
    <name>DayCell</name>
    <message>
        <source>+{count} more</source>
        <translation>ще {count}</translation>
    </message>
</context>
<context>
    <name>DemoLine</name>
    <message>
        <source>The demo line did not start in time.</source>
        <translation>Демо-лінія не запустилася вчасно.</translation>
    </message>
    <message>
        <source>The demo line did not start: {error}</source>
        <translation>Демо-лінія не запустилася: {error}</translation>
    </message>
    <message>
        <source>The demo line stopped (exit code {code}).</source>
        <translation>Демо-лінія зупинилася (код завершення {code}).</translation>
    </message>
</context>
<context>
    <name>EventDialog</name>
    <message>
        <source>Event</source>
        <translation>Подія</translation>
    </message>
    <message>
        <source>New event</source>
        <translation>Нова подія</translation>
    </message>
    <message>
        <source>What to do, e.g. call back about the offer</source>
        <translation>Що зробити, наприклад передзвонити щодо пропозиції</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>Опис:</translation>
    </message>
    <message>
        <source>Date and time:</source>
        <translation>Дата і час:</translation>
    </message>
    <message>
        <source>{name} (me)</source>
        <translation>{name} (я)</translation>
    </message>
    <message>
        <source>Assignee:</source>
        <translation>Виконавець:</translation>
    </message>
    <message>
        <source>(no client)</source>
        <translation>(без клієнта)</translation>
    </message>
    <message>
        <source>Client:</source>
        <translation>Клієнт:</translation>
    </message>
    <message>
        <source>Reminder:</source>
        <translation>Нагадування:</translation>
    </message>
    <message>
        <source>Linked events:</source>
        <translation>Пов&apos;язані події:</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Зберегти</translation>
    </message>
    <message>
        <source>Go to client</source>
        <translation>Перейти до клієнта</translation>
    </message>
    <message>
        <source>New linked event</source>
        <translation>Нова пов&apos;язана подія</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Видалити</translation>
    </message>
    <message>
        <source>No reminder</source>
        <translation>Без нагадування</translation>
    </message>
    <message>
        <source>At the time of the event</source>
        <translation>У момент події</translation>
    </message>
    <message>
        <source>5 minutes before</source>
        <translation>За 5 хвилин</translation>
    </message>
    <message>
        <source>10 minutes before</source>
        <translation>За 10 хвилин</translation>
    </message>
    <message>
        <source>15 minutes before</source>
        <translation>За 15 хвилин</translation>
    </message>
    <message>
        <source>30 minutes before</source>
        <translation>За 30 хвилин</translation>
    </message>
    <message>
        <source>1 hour before</source>
        <translation>За 1 годину</translation>
    </message>
    <message>
        <source>2 hours before</source>
        <translation>За 2 години</translation>
    </message>
    <message>
        <source>1 day before</source>
        <translation>За 1 день</translation>
    </message>
    <message>
        <source>{minutes} min before</source>
        <translation>За {minutes} хв</translation>
    </message>
    <message>
        <source>Created {time} by {name}</source>
        <translation>Створено {time}, {name}</translation>
    </message>
    <message>
        <source>Done at {time} ({name})</source>
        <translation>Виконано {time} ({name})</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>Не виконано</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Виконати</translation>
    </message>
    <message>
        <source>Delete event</source>
        <translation>Видалення події</translation>
    </message>
    <message>
        <source>Delete the event? This cannot be undone.</source>
        <translation>Видалити подію? Це не можна скасувати.</translation>
    </message>
    <message>
        <source>The event is not there any more.</source>
        <translation>Цієї події більше немає.</translation>
    </message>
</context>
<context>
    <name>EventsForm</name>
    <message>
        <source>Events</source>
        <translation>Події</translation>
    </message>
    <message>
        <source>New event</source>
        <translation>Нова подія</translation>
    </message>
    <message>
        <source>Back (Alt+Left)</source>
        <translation>Назад (Alt+←)</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Сьогодні</translation>
    </message>
    <message>
        <source>Forward (Alt+Right)</source>
        <translation>Вперед (Alt+→)</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Місяць</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Тиждень</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>День</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Оновити</translation>
    </message>
    <message>
        <source>My events</source>
        <translation>Мої події</translation>
    </message>
    <message>
        <source>All employees</source>
        <translation>Усі співробітники</translation>
    </message>
</context>
<context>
    <name>FieldDialog</name>
    <message>
        <source>New field</source>
        <translation>Нове поле</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <source>made from the title</source>
        <translation>створюється з назви</translation>
    </message>
    <message>
        <source>A stable Latin key: small letters, digits and «_». Import matches a column headed with it to this field.</source>
        <translation>Постійний латинський ключ: малі літери, цифри та «_». Під час імпорту колонка з таким заголовком потрапляє в це поле.</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Обов&apos;язкове</translation>
    </message>
    <message>
        <source>Show in the client table</source>
        <translation>Показувати в таблиці клієнтів</translation>
    </message>
    <message>
        <source>Shown on the card</source>
        <translation>Показувати на картці</translation>
    </message>
    <message>
        <source>A field not shown keeps its values; the card simply does not show it.</source>
        <translation>Приховане поле зберігає значення, картка його просто не показує.</translation>
    </message>
    <message>
        <source>Additional fields</source>
        <translation>Додаткові поля</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Загальні</translation>
    </message>
    <message>
        <source>Shown in the empty field and as its tooltip</source>
        <translation>Видно в порожньому полі та у спливній підказці</translation>
    </message>
    <message>
        <source>One item per line</source>
        <translation>По одному елементу в рядку</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Назва:</translation>
    </message>
    <message>
        <source>Key:</source>
        <translation>Ключ:</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Тип:</translation>
    </message>
    <message>
        <source>List:</source>
        <translation>Список:</translation>
    </message>
    <message>
        <source>Hint:</source>
        <translation>Підказка:</translation>
    </message>
    <message>
        <source>Tab on the card:</source>
        <translation>Вкладка картки:</translation>
    </message>
    <message>
        <source>Section on the tab:</source>
        <translation>Розділ на вкладці:</translation>
    </message>
    <message>
        <source>Order:</source>
        <translation>Порядок:</translation>
    </message>
    <message>
        <source>Preview of the card</source>
        <translation>Так поле виглядає в картці</translation>
    </message>
    <message>
        <source>The card does not show this field; its values are kept.</source>
        <translation>Картка не показує це поле; його значення зберігаються.</translation>
    </message>
    <message>
        <source>Create a list first (Administration → Lists).</source>
        <translation>Спочатку створіть список (Адміністрування → Списки).</translation>
    </message>
    <message>
        <source>The hint shows in the empty field and as its tooltip.</source>
        <translation>Підказку видно в порожньому полі та у спливній підказці.</translation>
    </message>
    <message>
        <source>List items:</source>
        <translation>Елементи списку:</translation>
    </message>
</context>
<context>
    <name>FieldEditor</name>
    <message>
        <source>One item per line</source>
        <translation>По одному елементу в рядку</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <source>You may only view this field</source>
        <translation>Це поле доступне вам лише для перегляду</translation>
    </message>
</context>
<context>
    <name>FilesPanel</name>
    <message>
        <source>Attach file…</source>
        <translation>Прикріпити файл…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Відкрити</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>Зберегти як…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Видалити</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Розмір</translation>
    </message>
    <message>
        <source>Attached</source>
        <translation>Прикріплено</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Хто</translation>
    </message>
    <message>
        <source>No files. Attach one with Ctrl+U.</source>
        <translation>Файлів немає. Прикріпіть файл: Ctrl+U.</translation>
    </message>
    <message>
        <source>Attach file</source>
        <translation>Прикріпити файл</translation>
    </message>
    <message>
        <source>{path}: {reason}</source>
        <translation>{path}: {reason}</translation>
    </message>
    <message>
        <source>Uploading «{name}»</source>
        <translation>Завантаження «{name}»</translation>
    </message>
    <message>
        <source>Saving «{name}»</source>
        <translation>Збереження «{name}»</translation>
    </message>
    <message>
        <source>Wait for the current transfer to end or cancel it.</source>
        <translation>Дочекайтеся завершення поточного передавання файлу або скасуйте його.</translation>
    </message>
    <message>
        <source>Cancelled: nothing of the file was kept.</source>
        <translation>Скасовано: з файлу нічого не збережено.</translation>
    </message>
    <message>
        <source>Save file</source>
        <translation>Зберегти файл</translation>
    </message>
    <message>
        <source>Delete file</source>
        <translation>Видалення файлу</translation>
    </message>
    <message>
        <source>Delete «{name}»?</source>
        <translation>Видалити «{name}»?</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Файли</translation>
    </message>
</context>
<context>
    <name>GroupChecklist</name>
    <message>
        <source>In no group: no custom card fields (administrators see all).</source>
        <translation>Без групи: додаткові поля картки недоступні (адміністратори бачать усі).</translation>
    </message>
    <message>
        <source>Card fields as the group allows.</source>
        <translation>Поля картки — як дозволено групі.</translation>
    </message>
    <message>
        <source>Several groups: per field, the widest access of them.</source>
        <translation>Кілька груп: для кожного поля діє найширший доступ із них.</translation>
    </message>
</context>
<context>
    <name>HelpWindow</name>
    <message>
        <source>CallDesk — user guide</source>
        <translation>CallDesk — довідка</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import clients</source>
        <translation>Завантаження клієнтів</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>Вибрати файл…</translation>
    </message>
    <message>
        <source>File (xlsx or csv):</source>
        <translation>Файл (xlsx або csv):</translation>
    </message>
    <message>
        <source>Check rows</source>
        <translation>Перевірити рядки</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Рядок</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Помилки</translation>
    </message>
    <message>
        <source>Import only valid rows</source>
        <translation>Завантажити лише правильні рядки</translation>
    </message>
    <message>
        <source>Import all rows or nothing</source>
        <translation>Завантажити всі рядки або нічого</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Завантажити</translation>
    </message>
    <message>
        <source>Columns: choose what each column holds</source>
        <translation>Колонки: вкажіть, що містить кожна колонка</translation>
    </message>
    <message>
        <source>Client name</source>
        <translation>Найменування клієнта</translation>
    </message>
    <message>
        <source>Kind (company / person)</source>
        <translation>Вид (юр. особа / фіз. особа)</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Контактна особа</translation>
    </message>
    <message>
        <source>Contact person&apos;s position</source>
        <translation>Посада контактної особи</translation>
    </message>
    <message>
        <source>(skip)</source>
        <translation>(не завантажувати)</translation>
    </message>
    <message>
        <source>Tables (*.xlsx *.xls *.csv)</source>
        <translation>Таблиці (*.xlsx *.xls *.csv)</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Читання файлу…</translation>
    </message>
    <message>
        <source>Import as</source>
        <translation>Завантажувати як</translation>
    </message>
    <message>
        <source>{0} rows in the file.</source>
        <translation>Рядків у файлі: {0}.</translation>
    </message>
    <message>
        <source>Checking rows…</source>
        <translation>Перевірка рядків…</translation>
    </message>
    <message>
        <source>Valid rows: {0}. Rows with problems: {1}.</source>
        <translation>Правильних рядків: {0}. Рядків з помилками: {1}.</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Завантаження…</translation>
    </message>
    <message>
        <source>Nothing was imported: {error}</source>
        <translation>Нічого не імпортовано: {error}</translation>
    </message>
    <message>
        <source>Imported clients: {0}, skipped rows: {1}.</source>
        <translation>Завантажено клієнтів: {0}, пропущено рядків: {1}.</translation>
    </message>
</context>
<context>
    <name>IncomingPopup</name>
    <message>
        <source>Incoming call</source>
        <translation>Вхідний дзвінок</translation>
    </message>
    <message>
        <source>Unknown number</source>
        <translation>Невідомий номер</translation>
    </message>
    <message>
        <source>Incoming call (call waiting)</source>
        <translation>Вхідний дзвінок (друга лінія)</translation>
    </message>
    <message>
        <source>transferred by {who}</source>
        <translation>переадресував {who}</translation>
    </message>
    <message>
        <source>Looking up the client…</source>
        <translation>Пошук клієнта…</translation>
    </message>
    <message>
        <source>This call is recorded</source>
        <translation>Цей дзвінок записується</translation>
    </message>
    <message>
        <source>Answer (F9)</source>
        <translation>Відповісти (F9)</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Відхилити</translation>
    </message>
    <message>
        <source>Open card</source>
        <translation>Відкрити картку</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Компанія</translation>
    </message>
    <message>
        <source>Responsible manager: {name}</source>
        <translation>Відповідальний менеджер: {name}</translation>
    </message>
    <message>
        <source>Internal call</source>
        <translation>Внутрішній дзвінок</translation>
    </message>
    <message>
        <source>Create client</source>
        <translation>Створити клієнта</translation>
    </message>
    <message>
        <source>Name unknown for now: no connection to the database</source>
        <translation>Ім&apos;я поки невідоме: немає зв&apos;язку з базою даних</translation>
    </message>
    <message>
        <source>No calls before.</source>
        <translation>Раніше дзвінків не було.</translation>
    </message>
    <message>
        <source>Last calls:</source>
        <translation>Останні дзвінки:</translation>
    </message>
</context>
<context>
    <name>JournalExport</name>
    <message>
        <source>Export the journal</source>
        <translation>Вивантаження журналу</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV, semicolon separated (*.csv)</source>
        <translation>Книга Excel (*.xlsx);;CSV, роздільник крапка з комою (*.csv)</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Вивантаження…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Скасувати</translation>
    </message>
    <message>
        <source>Exported {count} calls…</source>
        <translation>Вивантажено дзвінків: {count}…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Вивантаження</translation>
    </message>
    <message>
        <source>{count} calls exported to {path}</source>
        <translation>Вивантажено дзвінків: {count}, файл {path}</translation>
    </message>
    <message>
        <source>Export failed: {error}</source>
        <translation>Вивантаження не вдалося: {error}</translation>
    </message>
</context>
<context>
    <name>JournalForm</name>
    <message>
        <source>Today</source>
        <translation>Сьогодні</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Вчора</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Цей тиждень</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Цей місяць</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Останні 7 днів</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Останні 30 днів</translation>
    </message>
    <message>
        <source>Refresh (F5)</source>
        <translation>Оновити (F5)</translation>
    </message>
    <message>
        <source>Remove &quot;No answer&quot; mark</source>
        <translation>Зняти позначку «Без відповіді»</translation>
    </message>
    <message>
        <source>Create client (F7)</source>
        <translation>Створити клієнта (F7)</translation>
    </message>
    <message>
        <source>Assign number to client…</source>
        <translation>Додати номер клієнту…</translation>
    </message>
    <message>
        <source>Call back</source>
        <translation>Передзвонити</translation>
    </message>
    <message>
        <source>The softphone is not configured.</source>
        <translation>Софтфон не налаштовано.</translation>
    </message>
    <message>
        <source>Call back at…</source>
        <translation>Передзвонити о…</translation>
    </message>
    <message>
        <source>Plan a call back: a new event with the client and a reminder (Ctrl+Shift+E)</source>
        <translation>Запланувати дзвінок: нова подія з клієнтом і нагадуванням (Ctrl+Shift+E)</translation>
    </message>
    <message>
        <source>Call details (F8)</source>
        <translation>Відомості про дзвінок (F8)</translation>
    </message>
    <message>
        <source>Show or hide the call details panel (F8)</source>
        <translation>Показати або сховати відомості про дзвінок (F8)</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Експорт…</translation>
    </message>
    <message>
        <source>Exporting needs the Export permission (Administration).</source>
        <translation>Для вивантаження потрібне право «Вивантаження» (Адміністрування).</translation>
    </message>
    <message>
        <source>Creating and changing clients needs the permission (Administration).</source>
        <translation>Для створення та зміни клієнтів потрібне право (Адміністрування).</translation>
    </message>
    <message>
        <source>Columns…</source>
        <translation>Колонки…</translation>
    </message>
    <message>
        <source>Call back: {who}</source>
        <translation>Передзвонити: {who}</translation>
    </message>
    <message>
        <source>Period…</source>
        <translation>Період…</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Період:</translation>
    </message>
    <message>
        <source>Incoming</source>
        <translation>Вхідні</translation>
    </message>
    <message>
        <source>Outgoing</source>
        <translation>Вихідні</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>Пропущені</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Втрачені</translation>
    </message>
    <message>
        <source>First contacts</source>
        <translation>Первинні звернення</translation>
    </message>
    <message>
        <source>Unregistered</source>
        <translation>Незареєстровані</translation>
    </message>
    <message>
        <source>Show internal calls</source>
        <translation>Показувати внутрішні дзвінки</translation>
    </message>
    <message>
        <source>My calls</source>
        <translation>Мої дзвінки</translation>
    </message>
    <message>
        <source>Client, employee or number</source>
        <translation>Клієнт, співробітник або номер</translation>
    </message>
    <message>
        <source>Search: client, employee or number (Ctrl+F)</source>
        <translation>Пошук: клієнт, співробітник або номер (Ctrl+F)</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Завантаження…</translation>
    </message>
    <message>
        <source>Calls: {count}</source>
        <translation>Дзвінків: {count}</translation>
    </message>
    <message>
        <source>↑ New calls: {count}</source>
        <translation>↑ Нових дзвінків: {count}</translation>
    </message>
    <message>
        <source>New calls: {count} — refresh (F5)</source>
        <translation>Нових дзвінків: {count} — оновіть (F5)</translation>
    </message>
    <message>
        <source>Call the selected call&apos;s number</source>
        <translation>Зателефонувати на номер вибраного дзвінка</translation>
    </message>
    <message>
        <source>Call journal</source>
        <translation>Журнал дзвінків</translation>
    </message>
</context>
<context>
    <name>JournalModel</name>
    <message>
        <source>Needs attention: missed and not called back that day</source>
        <translation>Потребує уваги: пропущений, і того ж дня не передзвонили</translation>
    </message>
    <message>
        <source>First contact: the number was unknown at the time of the call</source>
        <translation>Первинне звернення: номер був невідомий на момент дзвінка</translation>
    </message>
    <message>
        <source>Has a comment</source>
        <translation>Є коментар</translation>
    </message>
    <message>
        <source>The employee on the call is the client&apos;s responsible manager</source>
        <translation>Співробітник на дзвінку — відповідальний менеджер клієнта</translation>
    </message>
    <message>
        <source>The call has a recording (the side panel plays it)</source>
        <translation>Дзвінок має запис (його програє панель відомостей)</translation>
    </message>
</context>
<context>
    <name>LetterDialog</name>
    <message>
        <source>New letter</source>
        <translation>Новий лист</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Надіслати</translation>
    </message>
    <message>
        <source>Send the letter (Ctrl+Enter)</source>
        <translation>Надіслати листа (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>Від:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>Кому:</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Тема:</translation>
    </message>
    <message>
        <source>Attach files of the card:</source>
        <translation>Додати файли картки:</translation>
    </message>
</context>
<context>
    <name>ListsPage</name>
    <message>
        <source>New list</source>
        <translation>Новий список</translation>
    </message>
    <message>
        <source>Delete list</source>
        <translation>Видалити список</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Елемент</translation>
    </message>
    <message>
        <source>Hide clients with this value</source>
        <translation>Приховувати клієнтів із цим значенням</translation>
    </message>
    <message>
        <source>Clients whose card holds an item marked here are left out of the client table until &quot;Show hidden&quot; is on (e.g. statuses &quot;Closed&quot;, &quot;Not our client&quot;).</source>
        <translation>Клієнти, у картці яких вибрано позначений тут елемент, не показуються в таблиці клієнтів, доки не ввімкнено «Показати прихованих» (наприклад, статуси «Закритий», «Не наш клієнт»).</translation>
    </message>
    <message>
        <source>Add item</source>
        <translation>Додати елемент</translation>
    </message>
    <message>
        <source>Remove item</source>
        <translation>Видалити елемент</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Вгору</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Вниз</translation>
    </message>
    <message>
        <source>Save list</source>
        <translation>Зберегти список</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Назва:</translation>
    </message>
    <message>
        <source>Items:</source>
        <translation>Елементи:</translation>
    </message>
    <message>
        <source>Reusable lists for card fields of the type &quot;One item of a list&quot;: a status, a source… Renaming an item renames it on every card.</source>
        <translation>Списки для полів картки типу «Елемент списку»: статус, джерело… Перейменований елемент змінюється одразу в усіх картках.</translation>
    </message>
    <message>
        <source>No card field uses this list yet.</source>
        <translation>Поки жодне поле картки не використовує цей список.</translation>
    </message>
    <message>
        <source>Used by the fields: {0}</source>
        <translation>Використовується в полях: {0}</translation>
    </message>
    <message>
        <source>The list was saved.</source>
        <translation>Список збережено.</translation>
    </message>
    <message>
        <source>The list was deleted.</source>
        <translation>Список видалено.</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Нічого не змінено.</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>CallDesk — log in</source>
        <translation>CallDesk — вхід</translation>
    </message>
    <message>
        <source>CallDesk</source>
        <translation>CallDesk</translation>
    </message>
    <message>
        <source>Login:</source>
        <translation>Логін:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Пароль:</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>Увійти</translation>
    </message>
    <message>
        <source>Checking the password…</source>
        <translation>Перевірка пароля…</translation>
    </message>
</context>
<context>
    <name>MailAndFilesPage</name>
    <message>
        <source>Mail server for letters from the client card</source>
        <translation>Поштовий сервер для листів з картки клієнта</translation>
    </message>
    <message>
        <source>empty: letters open the mail client</source>
        <translation>порожньо: листи відкриваються в поштовій програмі</translation>
    </message>
    <message>
        <source>none (not recommended)</source>
        <translation>без шифрування (не рекомендовано)</translation>
    </message>
    <message>
        <source>unchanged (kept in the keyring)</source>
        <translation>без змін (зберігається у сховищі паролів)</translation>
    </message>
    <message>
        <source>the system&apos;s certificates</source>
        <translation>сертифікати системи</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Сервер:</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Порт:</translation>
    </message>
    <message>
        <source>Encryption:</source>
        <translation>Шифрування:</translation>
    </message>
    <message>
        <source>Login:</source>
        <translation>Логін:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Пароль:</translation>
    </message>
    <message>
        <source>Sender address:</source>
        <translation>Адреса відправника:</translation>
    </message>
    <message>
        <source>CA certificate file:</source>
        <translation>Файл сертифіката ЦС:</translation>
    </message>
    <message>
        <source>Attached files</source>
        <translation>Прикріплені файли</translation>
    </message>
    <message>
        <source> MB</source>
        <translation> МБ</translation>
    </message>
    <message>
        <source>empty: in the database</source>
        <translation>порожньо: у базі даних</translation>
    </message>
    <message>
        <source>Largest file:</source>
        <translation>Найбільший файл:</translation>
    </message>
    <message>
        <source>File store folder:</source>
        <translation>Тека сховища файлів:</translation>
    </message>
    <message>
        <source>Save settings</source>
        <translation>Зберегти налаштування</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Збережено.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>CallDesk</source>
        <translation>CallDesk</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Розділи</translation>
    </message>
    <message>
        <source>Switch user</source>
        <translation>Змінити користувача</translation>
    </message>
    <message>
        <source>Log out and log in as another employee (Ctrl+Shift+L)</source>
        <translation>Вийти й увійти як інший співробітник (Ctrl+Shift+L)</translation>
    </message>
    <message>
        <source>Close form</source>
        <translation>Закрити форму</translation>
    </message>
    <message>
        <source>Softphone</source>
        <translation>Софтфон</translation>
    </message>
    <message>
        <source>Show my missed calls in the journal</source>
        <translation>Показати мої пропущені дзвінки в журналі</translation>
    </message>
    <message>
        <source>Operators</source>
        <translation>Оператори</translation>
    </message>
    <message>
        <source>Simulate an incoming call</source>
        <translation>Імітувати вхідний дзвінок</translation>
    </message>
    <message>
        <source>A client of the demo database calls you now (one also calls every minute while you are not on a call). Ctrl+Shift+I</source>
        <translation>Зараз вам зателефонує клієнт із демонстраційної бази (поки ви не розмовляєте, клієнти телефонують і самі — раз на хвилину). Ctrl+Shift+I</translation>
    </message>
    <message>
        <source>Open the callers waiting for a call back</source>
        <translation>Відкрити список тих, хто чекає на передзвін</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Події</translation>
    </message>
    <message>
        <source>Overdue callbacks: {count}</source>
        <translation>Прострочено передзвонів: {count}</translation>
    </message>
    <message>
        <source>To call back</source>
        <translation>Передзвонити</translation>
    </message>
    <message>
        <source>Missed: {count}</source>
        <translation>Пропущених: {count}</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Клієнт</translation>
    </message>
    <message>
        <source>administrator</source>
        <translation>адміністратор</translation>
    </message>
    <message>
        <source>supervisor</source>
        <translation>керівник</translation>
    </message>
    <message>
        <source>operator</source>
        <translation>оператор</translation>
    </message>
    <message>
        <source>accountant</source>
        <translation>бухгалтер</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Завдання</translation>
    </message>
    <message>
        <source>Call journal</source>
        <translation>Журнал дзвінків</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Клієнти</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Звіти</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>Адміністрування</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Налаштування…</translation>
    </message>
    <message>
        <source>Help (F1)</source>
        <translation>Довідка (F1)</translation>
    </message>
    <message>
        <source>Settings saved. Restart CallDesk to switch the language.</source>
        <translation>Налаштування збережено. Перезапустіть CallDesk, щоб змінити мову.</translation>
    </message>
    <message>
        <source>No connection to the database, retrying…</source>
        <translation>Немає зв&apos;язку з базою, повторюємо…</translation>
    </message>
</context>
<context>
    <name>OperatorsBoard</name>
    <message>
        <source>Ready</source>
        <translation>Вільний</translation>
    </message>
    <message>
        <source>Ringing</source>
        <translation>Дзвонить</translation>
    </message>
    <message>
        <source>Talking</source>
        <translation>Розмовляє</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>На паузі</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Не в мережі</translation>
    </message>
    <message>
        <source>ready {count}</source>
        <translation>вільні {count}</translation>
    </message>
    <message>
        <source>talking {count}</source>
        <translation>розмовляють {count}</translation>
    </message>
    <message>
        <source>ringing {count}</source>
        <translation>дзвонить {count}</translation>
    </message>
    <message>
        <source>paused {count}</source>
        <translation>на паузі {count}</translation>
    </message>
    <message>
        <source>Operators: {states}</source>
        <translation>Оператори: {states}</translation>
    </message>
</context>
<context>
    <name>PauseControl</name>
    <message>
        <source>Ready</source>
        <translation>У роботу</translation>
    </message>
    <message>
        <source>{reason} (with a note)…</source>
        <translation>{reason} (з поясненням)…</translation>
    </message>
    <message>
        <source>Ready for calls. Choose a pause reason to pause.</source>
        <translation>Готовий приймати дзвінки. Виберіть причину, щоб стати на паузу.</translation>
    </message>
    <message>
        <source>Pause: {reason} {time}</source>
        <translation>Пауза: {reason} {time}</translation>
    </message>
    <message>
        <source>On pause. Choose Ready to take calls again.</source>
        <translation>На паузі. Виберіть «У роботу», щоб знову приймати дзвінки.</translation>
    </message>
    <message>
        <source>Ready — not saved yet</source>
        <translation>У роботу — не збережено</translation>
    </message>
    <message>
        <source>Ready — saving…</source>
        <translation>У роботу — зберігається…</translation>
    </message>
    <message>
        <source>Pause: {reason} — not saved yet</source>
        <translation>Пауза: {reason} — не збережена</translation>
    </message>
    <message>
        <source>Pause: {reason} — saving…</source>
        <translation>Пауза: {reason} — зберігається…</translation>
    </message>
    <message>
        <source>Not saved yet: the database does not answer. It is saved as soon as the database is back; choose again to change it.</source>
        <translation>Ще не збережено: база даних не відповідає. Збережеться, щойно база даних знову буде доступна; щоб змінити, виберіть ще раз.</translation>
    </message>
    <message>
        <source>Being saved. The new state counts once it is saved.</source>
        <translation>Зберігається. Новий стан діє після збереження.</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Пауза</translation>
    </message>
    <message>
        <source>What is the pause for?</source>
        <translation>Причина паузи:</translation>
    </message>
    <message>
        <source>Ready was not saved: {reason}</source>
        <translation>«У роботу» не збережено: {reason}</translation>
    </message>
    <message>
        <source>The pause ({pause}) was not saved: {reason}</source>
        <translation>Паузу ({pause}) не збережено: {reason}</translation>
    </message>
</context>
<context>
    <name>PbxPage</name>
    <message>
        <source>kept in this computer&apos;s keyring</source>
        <translation>зберігається у сховищі ключів цього комп&apos;ютера</translation>
    </message>
    <message>
        <source>Read channel events (cel): who hung up</source>
        <translation>Читати події каналів (cel): хто поклав слухавку</translation>
    </message>
    <message>
        <source>One pattern a line, e.g. ^PJSIP/trunk-. Empty: any non-extension channel.</source>
        <translation>Один шаблон у рядку, наприклад ^PJSIP/trunk-. Порожньо: будь-який канал, що не є внутрішнім номером.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Зберегти</translation>
    </message>
    <message>
        <source>Call records (cdr):</source>
        <translation>Записи про дзвінки (cdr):</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Пароль:</translation>
    </message>
    <message>
        <source>Queue log:</source>
        <translation>Журнал черг:</translation>
    </message>
    <message>
        <source>Trunk channels:</source>
        <translation>Канали транків:</translation>
    </message>
    <message>
        <source>PBX time zone:</source>
        <translation>Часовий пояс АТС:</translation>
    </message>
    <message>
        <source>Recordings:</source>
        <translation>Записи розмов:</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Перевірити підключення</translation>
    </message>
    <message>
        <source>Reads a few of the newest records and shows the calls they would become</source>
        <translation>Читає кілька останніх записів і показує, якими дзвінками вони стануть</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Початок</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Напрямок</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <source>Extension</source>
        <translation>Внутрішній номер</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Wait, s</source>
        <translation>Очікування, с</translation>
    </message>
    <message>
        <source>Talk, s</source>
        <translation>Розмова, с</translation>
    </message>
    <message>
        <source>Parts / records</source>
        <translation>Частини / записи</translation>
    </message>
    <message>
        <source>Hung up</source>
        <translation>Завершив</translation>
    </message>
    <message>
        <source>Connection of the collector</source>
        <translation>Підключення збирача</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Оновити</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>Стан:</translation>
    </message>
    <message>
        <source>Last heartbeat:</source>
        <translation>Останній сигнал:</translation>
    </message>
    <message>
        <source>Behind:</source>
        <translation>Відставання:</translation>
    </message>
    <message>
        <source>Since start:</source>
        <translation>Від початку роботи:</translation>
    </message>
    <message>
        <source>Last errors:</source>
        <translation>Останні помилки:</translation>
    </message>
    <message>
        <source>Collector</source>
        <translation>Збирач дзвінків АТС</translation>
    </message>
    <message>
        <source>Saved. The collector reads these settings when it starts.</source>
        <translation>Збережено. Збирач прочитає ці налаштування під час запуску.</translation>
    </message>
    <message>
        <source>Enter where the call records are first.</source>
        <translation>Спочатку вкажіть, де знаходяться записи про дзвінки.</translation>
    </message>
    <message>
        <source>Reading the PBX&apos;s newest records…</source>
        <translation>Читаються останні записи АТС…</translation>
    </message>
    <message>
        <source>The PBX records cannot be read: {reason}</source>
        <translation>Записи АТС не вдається прочитати: {reason}</translation>
    </message>
    <message>
        <source>{rows} records read ({bad} not usable): the newest {calls} calls below.</source>
        <translation>Прочитано записів: {rows} (непридатних: {bad}); останні дзвінки нижче: {calls}.</translation>
    </message>
    <message>
        <source>no collector has run yet</source>
        <translation>збирач ще не запускався</translation>
    </message>
    <message>
        <source>running on {holder}</source>
        <translation>працює на {holder}</translation>
    </message>
    <message>
        <source>retrying a lost connection on {holder}</source>
        <translation>відновлює зв&apos;язок на {holder}</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>зупинений</translation>
    </message>
    <message>
        <source>{minutes} min (records up to {moment})</source>
        <translation>{minutes} хв (записи до {moment})</translation>
    </message>
    <message>
        <source>{rows} records read, {calls} calls and {parts} parts written, {skipped} skipped</source>
        <translation>прочитано записів: {rows}, записано дзвінків: {calls}, частин: {parts}, пропущено: {skipped}</translation>
    </message>
</context>
<context>
    <name>PeriodDialog</name>
    <message>
        <source>Period</source>
        <translation>Період</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>З:</translation>
    </message>
    <message>
        <source>To (inclusive):</source>
        <translation>По (включно):</translation>
    </message>
    <message>
        <source>The end of the period is before its start.</source>
        <translation>Кінець періоду раніше за його початок.</translation>
    </message>
</context>
<context>
    <name>PermissionsPage</name>
    <message>
        <source>Employee</source>
        <translation>Співробітник</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>A role fills its preset of permissions; each toggle may then differ. Hover over a column&apos;s title for what it allows. An employee gets the new permissions at their next login.</source>
        <translation>Роль задає набір прав за замовчуванням; потім кожне право можна змінити окремо. Наведіть вказівник на заголовок стовпця, щоб дізнатися, що воно дозволяє. Співробітник отримає нові права під час наступного входу.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Зберегти</translation>
    </message>
    <message>
        <source>Save the changed rows (Ctrl+S)</source>
        <translation>Зберегти змінені рядки (Ctrl+S)</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Скасувати зміни</translation>
    </message>
    <message>
        <source>Drop the changes and read the list again</source>
        <translation>Відкинути зміни й перечитати список</translation>
    </message>
    <message>
        <source>{name} (inactive)</source>
        <translation>{name} (неактивний)</translation>
    </message>
    <message>
        <source>Choosing a role fills the row with its preset.</source>
        <translation>Вибір ролі заповнює рядок її набором прав.</translation>
    </message>
    <message>
        <source>Changed rows: {count}</source>
        <translation>Змінено рядків: {count}</translation>
    </message>
    <message>
        <source>Saved: {count} employees.</source>
        <translation>Збережено співробітників: {count}.</translation>
    </message>
</context>
<context>
    <name>PlaybackEngine</name>
    <message>
        <source>The audio player (libVLC) could not be started.</source>
        <translation>Не вдалося запустити аудіоплеєр (libVLC).</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>Drive</source>
        <translation>Диск</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Невідомо</translation>
    </message>
    <message>
        <source>Folder</source>
        <comment>All other platforms</comment>
        <translation>Тека</translation>
    </message>
    <message>
        <source>File Folder</source>
        <comment>Match Windows Explorer</comment>
        <translation>Тека з файлами</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Перегляд в:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>&amp;Тип файлів:</translation>
    </message>
</context>
<context>
    <name>RecordingPlayer</name>
    <message>
        <source>Previous part</source>
        <translation>Попередня частина</translation>
    </message>
    <message>
        <source>Back 10 s</source>
        <translation>Назад на 10 с</translation>
    </message>
    <message>
        <source>Play / pause (Space)</source>
        <translation>Відтворення / пауза (Пробіл)</translation>
    </message>
    <message>
        <source>Forward 10 s</source>
        <translation>Вперед на 10 с</translation>
    </message>
    <message>
        <source>Next part</source>
        <translation>Наступна частина</translation>
    </message>
    <message>
        <source>Playback speed</source>
        <translation>Швидкість відтворення</translation>
    </message>
    <message>
        <source>Download recordings</source>
        <translation>Завантажити записи</translation>
    </message>
    <message>
        <source>Download this part…</source>
        <translation>Завантажити цю частину…</translation>
    </message>
    <message>
        <source>Download all parts…</source>
        <translation>Завантажити всі частини…</translation>
    </message>
    <message>
        <source>Download as one file…</source>
        <translation>Завантажити одним файлом…</translation>
    </message>
    <message>
        <source>All parts of the call joined into one WAV file</source>
        <translation>Усі частини дзвінка, склеєні в один файл WAV</translation>
    </message>
    <message>
        <source>The whole call; a tick marks each transfer</source>
        <translation>Увесь дзвінок; рискою позначено кожне переведення</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Скасувати</translation>
    </message>
    <message>
        <source>Employee</source>
        <translation>Співробітник</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Початок</translation>
    </message>
    <message>
        <source>Talk</source>
        <translation>Розмова</translation>
    </message>
    <message>
        <source>Play / pause</source>
        <translation>Відтворення / пауза</translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation>Ніхто</translation>
    </message>
    <message>
        <source>No recording: not on the timeline</source>
        <translation>Немає запису — частину не показано на шкалі</translation>
    </message>
    <message>
        <source>Listening to recordings needs the permission (Administration).</source>
        <translation>Для прослуховування записів потрібне право (Адміністрування).</translation>
    </message>
    <message>
        <source>Downloading recordings needs the permission (Administration).</source>
        <translation>Для завантаження записів потрібне право (Адміністрування).</translation>
    </message>
    <message>
        <source>{why}

Download the parts as separate files instead?</source>
        <translation>{why}

Завантажити частини окремими файлами?</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Завантаження…</translation>
    </message>
    <message>
        <source>The recording cannot be opened: {error}</source>
        <translation>Запис не відкривається: {error}</translation>
    </message>
    <message>
        <source>Part {n}: {text}</source>
        <translation>Частина {n}: {text}</translation>
    </message>
    <message>
        <source>The recording {name} cannot be played: it is damaged or in an unknown format.</source>
        <translation>Запис {name} не відтворюється: файл пошкоджений або в невідомому форматі.</translation>
    </message>
    <message>
        <source>No audio device: the recording plays without sound. Connect speakers or a headset and check the system&apos;s sound settings, or download the recording.</source>
        <translation>Немає аудіопристрою: запис відтворюється без звуку. Підключіть колонки або гарнітуру й перевірте налаштування звуку системи або завантажте запис.</translation>
    </message>
    <message>
        <source>Part {n}: {name}, from {start}</source>
        <translation>Частина {n}: {name}, з {start}</translation>
    </message>
    <message>
        <source>Save recordings to</source>
        <translation>Зберегти записи в папку</translation>
    </message>
    <message>
        <source>Download as one file</source>
        <translation>Завантажити одним файлом</translation>
    </message>
    <message>
        <source>{name} already exists in {folder}.

Replace it?</source>
        <translation>Файл {name} вже є в теці {folder}.

Замінити його?</translation>
    </message>
    <message>
        <source>{count} file(s) already exist in {folder}:
{names}

Replace them?</source>
        <translation>У папці {folder} вже є файли ({count}):
{names}

Замінити їх?</translation>
    </message>
    <message>
        <source>Downloading…</source>
        <translation>Завантаження…</translation>
    </message>
    <message>
        <source>Saved: {names}</source>
        <translation>Збережено: {names}</translation>
    </message>
    <message>
        <source>The download was cancelled.</source>
        <translation>Завантаження скасовано.</translation>
    </message>
    <message>
        <source>The download failed: {error}</source>
        <translation>Не вдалося завантажити: {error}</translation>
    </message>
</context>
<context>
    <name>ReminderRow</name>
    <message>
        <source>Task, {time}</source>
        <translation>Завдання, {time}</translation>
    </message>
    <message>
        <source>{time} — overdue</source>
        <translation>{time} — прострочено</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Відкрити</translation>
    </message>
    <message>
        <source>Later ({minutes} min)</source>
        <translation>Пізніше ({minutes} хв)</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Закрити</translation>
    </message>
</context>
<context>
    <name>ReminderWindow</name>
    <message>
        <source>Reminders</source>
        <translation>Нагадування</translation>
    </message>
    <message>
        <source>Dismiss all</source>
        <translation>Закрити всі</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>Нагадування</translation>
    </message>
</context>
<context>
    <name>ReportCharts</name>
    <message>
        <source>Answered</source>
        <translation>Прийняті</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>Без відповіді</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Втрачені</translation>
    </message>
    <message>
        <source>Calls by status and service level</source>
        <translation>Дзвінки за статусами та рівень обслуговування</translation>
    </message>
    <message>
        <source>Service level, %</source>
        <translation>Рівень обслуговування, %</translation>
    </message>
    <message>
        <source>Incoming taken</source>
        <translation>Прийнято вхідних</translation>
    </message>
    <message>
        <source>Outgoing made</source>
        <translation>Зроблено вихідних</translation>
    </message>
    <message>
        <source>Missed on duty</source>
        <translation>Пропущено на зміні</translation>
    </message>
    <message>
        <source>Calls per operator</source>
        <translation>Дзвінки за операторами</translation>
    </message>
    <message>
        <source>Lost calls and callbacks</source>
        <translation>Пропущені дзвінки та передзвони</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Дзвінки</translation>
    </message>
    <message>
        <source>Abandoned</source>
        <translation>Покинуті</translation>
    </message>
    <message>
        <source>Wait before answer or abandon, s</source>
        <translation>Очікування до відповіді або відмови, с</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Створено</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Змінено</translation>
    </message>
    <message>
        <source>Client cards by manager</source>
        <translation>Картки клієнтів за менеджерами</translation>
    </message>
    <message>
        <source>Mon</source>
        <translation>Пн</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>Вт</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>Ср</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>Чт</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>Пт</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>Сб</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>Нд</translation>
    </message>
    <message>
        <source>{day} {hour}:00 — offered {offered}, answered {answered}, lost {lost}</source>
        <translation>{day} {hour}:00 — надійшло {offered}, прийнято {answered}, втрачено {lost}</translation>
    </message>
    <message>
        <source>Offered calls by weekday and hour; double-click a cell for its calls</source>
        <translation>Дзвінки, що надійшли, за днями тижня та годинами; подвійне клацання по клітинці — її дзвінки</translation>
    </message>
</context>
<context>
    <name>ReportModel</name>
    <message>
        <source>Double-click to see these calls in the journal</source>
        <translation>Подвійне клацання — ці дзвінки в журналі</translation>
    </message>
</context>
<context>
    <name>ReportsForm</name>
    <message>
        <source>Today</source>
        <translation>Сьогодні</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Учора</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Цей тиждень</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Цей місяць</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Останні 7 днів</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Останні 30 днів</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Минулий місяць</translation>
    </message>
    <message>
        <source>This quarter</source>
        <translation>Цей квартал</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Цей рік</translation>
    </message>
    <message>
        <source>Range</source>
        <translation>Інтервал</translation>
    </message>
    <message>
        <source>No breakdown</source>
        <translation>Без розбивки</translation>
    </message>
    <message>
        <source>Hour</source>
        <translation>Година</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>День</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Тиждень</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Місяць</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Квартал</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Рік</translation>
    </message>
    <message>
        <source>Day of week</source>
        <translation>День тижня</translation>
    </message>
    <message>
        <source>Hour of day</source>
        <translation>Година доби</translation>
    </message>
    <message>
        <source>Incoming</source>
        <translation>Вхідні</translation>
    </message>
    <message>
        <source>Outgoing</source>
        <translation>Вихідні</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>Пропущені</translation>
    </message>
    <message>
        <source>Internal</source>
        <translation>Внутрішні</translation>
    </message>
    <message>
        <source>Who ended the calls: {causes}</source>
        <translation>Хто завершив дзвінки: {causes}</translation>
    </message>
    <message>
        <source>Incoming calls nobody answered: {outcomes}</source>
        <translation>Вхідні без відповіді: {outcomes}</translation>
    </message>
    <message>
        <source>Outgoing calls not answered: {outcomes}</source>
        <translation>Вихідні без відповіді: {outcomes}</translation>
    </message>
    <message>
        <source>More rows</source>
        <translation>Ще рядки</translation>
    </message>
    <message>
        <source>Build (F5)</source>
        <translation>Сформувати (F5)</translation>
    </message>
    <message>
        <source>Excel…</source>
        <translation>Excel…</translation>
    </message>
    <message>
        <source>CSV…</source>
        <translation>CSV…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Друк…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Зберегти в PDF…</translation>
    </message>
    <message>
        <source>Exporting and printing need the Export permission (Administration).</source>
        <translation>Для вивантаження та друку потрібне право «Вивантаження» (Адміністрування).</translation>
    </message>
    <message>
        <source>This report covers every operator&apos;s calls; you may see only your own (the permission to see all calls, Administration).</source>
        <translation>Цей звіт охоплює дзвінки всіх операторів, а вам доступні лише ваші (право «Бачити всі дзвінки», Адміністрування).</translation>
    </message>
    <message>
        <source>Operators:</source>
        <translation>Оператори:</translation>
    </message>
    <message>
        <source>all</source>
        <translation>усі</translation>
    </message>
    <message>
        <source>Your reports cover only your own calls.</source>
        <translation>Ваші звіти охоплюють лише ваші дзвінки.</translation>
    </message>
    <message>
        <source>Calls:</source>
        <translation>Дзвінки:</translation>
    </message>
    <message>
        <source>incoming and outgoing</source>
        <translation>вхідні та вихідні</translation>
    </message>
    <message>
        <source>Queue: all</source>
        <translation>Черга: усі</translation>
    </message>
    <message>
        <source>DID: all</source>
        <translation>Номер лінії: усі</translation>
    </message>
    <message>
        <source>Several values separated by commas</source>
        <translation>Кілька значень через кому</translation>
    </message>
    <message>
        <source>Calls at least:</source>
        <translation>Дзвінків щонайменше:</translation>
    </message>
    <message>
        <source>within days:</source>
        <translation>за днів:</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Період:</translation>
    </message>
    <message>
        <source>By:</source>
        <translation>Розбивка:</translation>
    </message>
    <message>
        <source>Building the report…</source>
        <translation>Звіт формується…</translation>
    </message>
    <message>
        <source>No calls or cards in this period for these filters.</source>
        <translation>За цей період із цими умовами немає ні дзвінків, ні карток.</translation>
    </message>
    <message>
        <source>No tasks in this period for these filters.</source>
        <translation>За цей період з цими умовами завдань немає.</translation>
    </message>
    <message>
        <source>Rows: {count}</source>
        <translation>Рядків: {count}</translation>
    </message>
    <message>
        <source>{title}: {start} – {end}. Times are the database server&apos;s: a workstation&apos;s clock cannot change them.</source>
        <translation>{title}: {start} – {end}. Час — за сервером бази даних: годинник робочого місця його не змінює.</translation>
    </message>
    <message>
        <source>this computer&apos;s time zone</source>
        <translation>часовий пояс цього комп&apos;ютера</translation>
    </message>
    <message>
        <source>{title}: {start} – {end}. Time zone: {zone}. Service level: answered within {sl} s. Abandons shorter than {short} s are not counted as lost.</source>
        <translation>{title}: {start} – {end}. Часовий пояс: {zone}. Рівень обслуговування: відповідь за {sl} с. Покинуті швидше ніж за {short} с не вважаються втраченими.</translation>
    </message>
    <message>
        <source>{report}: {column}</source>
        <translation>{report}: {column}</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Звіти</translation>
    </message>
    <message>
        <source>The file could not be written: {error}</source>
        <translation>Не вдалося записати файл: {error}</translation>
    </message>
    <message>
        <source>Saved: {path}</source>
        <translation>Збережено: {path}</translation>
    </message>
    <message>
        <source>Export to Excel</source>
        <translation>Вивантаження в Excel</translation>
    </message>
    <message>
        <source>Excel (*.xlsx)</source>
        <translation>Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Export to CSV</source>
        <translation>Вивантаження в CSV</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Зберегти в PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>week {week}, from {day}</source>
        <translation>тиждень {week}, з {day}</translation>
    </message>
    <message>
        <source>Q{quarter} {year}</source>
        <translation>{quarter} кв. {year}</translation>
    </message>
</context>
<context>
    <name>SelectionForm</name>
    <message>
        <source>More calls</source>
        <translation>Ще дзвінки</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Завантаження…</translation>
    </message>
    <message>
        <source>Calls: {count}</source>
        <translation>Дзвінків: {count}</translation>
    </message>
</context>
<context>
    <name>SelectionModel</name>
    <message>
        <source>Started</source>
        <translation>Початок</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Напрямок</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <source>Wait</source>
        <translation>Очікування</translation>
    </message>
    <message>
        <source>Talk</source>
        <translation>Розмова</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Черга</translation>
    </message>
    <message>
        <source>DID</source>
        <translation>Номер лінії</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Налаштування</translation>
    </message>
    <message>
        <source>As in the system</source>
        <translation>Як у системі</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Світла</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Темна</translation>
    </message>
    <message>
        <source>A new language applies after CallDesk is restarted.</source>
        <translation>Нова мова застосовується після перезапуску CallDesk.</translation>
    </message>
    <message>
        <source>Settings file: {path}</source>
        <translation>Файл налаштувань: {path}</translation>
    </message>
    <message>
        <source>Interface language:</source>
        <translation>Мова інтерфейсу:</translation>
    </message>
    <message>
        <source>Theme:</source>
        <translation>Тема оформлення:</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Загальні</translation>
    </message>
    <message>
        <source>Softphone</source>
        <translation>Софтфон</translation>
    </message>
    <message>
        <source>The settings were not saved: {error}</source>
        <translation>Налаштування не збережено: {error}</translation>
    </message>
</context>
<context>
    <name>SipAccountBox</name>
    <message>
        <source>SIP account (softphone)</source>
        <translation>Обліковий запис SIP (софтфон)</translation>
    </message>
    <message>
        <source>pbx.example.com</source>
        <translation>pbx.example.com</translation>
    </message>
    <message>
        <source>e.g. 301</source>
        <translation>наприклад, 301</translation>
    </message>
    <message>
        <source>the same as the extension</source>
        <translation>як внутрішній номер</translation>
    </message>
    <message>
        <source>the employee&apos;s full name</source>
        <translation>ПІБ співробітника</translation>
    </message>
    <message>
        <source>The password is not stored here: the employee types it once on each computer, which keeps it in its system keyring.</source>
        <translation>Пароль тут не зберігається: співробітник вводить його один раз на кожному комп&apos;ютері, і той зберігає його в системному сховищі паролів.</translation>
    </message>
    <message>
        <source>PBX (registrar):</source>
        <translation>АТС (реєстратор):</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Порт:</translation>
    </message>
    <message>
        <source>SIP user (extension):</source>
        <translation>Користувач SIP (внутрішній номер):</translation>
    </message>
    <message>
        <source>Authentication user:</source>
        <translation>Користувач для автентифікації:</translation>
    </message>
    <message>
        <source>Display name:</source>
        <translation>Ім&apos;я для відображення:</translation>
    </message>
    <message>
        <source>Transport:</source>
        <translation>Транспорт:</translation>
    </message>
</context>
<context>
    <name>SipPasswordDialog</name>
    <message>
        <source>SIP password</source>
        <translation>Пароль SIP</translation>
    </message>
    <message>
        <source>Your softphone registers as {account}. This computer does not know its password yet.</source>
        <translation>Ваш софтфон реєструється як {account}. Цей комп&apos;ютер ще не знає його пароль.</translation>
    </message>
    <message>
        <source>Remember on this computer</source>
        <translation>Запам&apos;ятати на цьому комп&apos;ютері</translation>
    </message>
    <message>
        <source>Kept in the system keyring of this computer, never in a file</source>
        <translation>Зберігається в системному сховищі паролів цього комп&apos;ютера, ніколи у файлі</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Пароль:</translation>
    </message>
</context>
<context>
    <name>SipStatusLabel</name>
    <message>
        <source>Click to register again</source>
        <translation>Натисніть, щоб зареєструватися знову</translation>
    </message>
</context>
<context>
    <name>SoftphonePanel</name>
    <message>
        <source>incoming</source>
        <translation>вхідний</translation>
    </message>
    <message>
        <source>on hold</source>
        <translation>на утриманні</translation>
    </message>
    <message>
        <source>held by the other side</source>
        <translation>утримується співрозмовником</translation>
    </message>
    <message>
        <source>calling…</source>
        <translation>виклик…</translation>
    </message>
    <message>
        <source>ringing</source>
        <translation>дзвонить</translation>
    </message>
    <message>
        <source>connecting…</source>
        <translation>з&apos;єднання…</translation>
    </message>
    <message>
        <source>talking</source>
        <translation>розмова</translation>
    </message>
    <message>
        <source>ended</source>
        <translation>завершено</translation>
    </message>
    <message>
        <source>muted</source>
        <translation>мікрофон вимкнено</translation>
    </message>
    <message>
        <source>consultation</source>
        <translation>консультація</translation>
    </message>
    <message>
        <source>Number (Ctrl+D)</source>
        <translation>Номер (Ctrl+D)</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Зателефонувати</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Стан</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Час</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Відповісти</translation>
    </message>
    <message>
        <source>Hang up</source>
        <translation>Покласти слухавку</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Утримати</translation>
    </message>
    <message>
        <source>Mute</source>
        <translation>Вимк. мікрофон</translation>
    </message>
    <message>
        <source>Transfer…</source>
        <translation>Переадресувати…</translation>
    </message>
    <message>
        <source>Consult…</source>
        <translation>Консультація…</translation>
    </message>
    <message>
        <source>Complete transfer</source>
        <translation>Завершити переадресацію</translation>
    </message>
    <message>
        <source>Cancel consult</source>
        <translation>Скасувати консультацію</translation>
    </message>
    <message>
        <source>DTMF…</source>
        <translation>Тоновий набір…</translation>
    </message>
    <message>
        <source>Microphone volume</source>
        <translation>Гучність мікрофона</translation>
    </message>
    <message>
        <source>Headset volume</source>
        <translation>Гучність гарнітури</translation>
    </message>
    <message>
        <source>Level now</source>
        <translation>Рівень зараз</translation>
    </message>
    <message>
        <source>This call is recorded</source>
        <translation>Цей дзвінок записується</translation>
    </message>
    <message>
        <source>Calls are recorded</source>
        <translation>Дзвінки записуються</translation>
    </message>
    <message>
        <source>Unhold</source>
        <translation>Зняти з утримання</translation>
    </message>
    <message>
        <source>Unmute</source>
        <translation>Увімк. мікрофон</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>Переадресація</translation>
    </message>
    <message>
        <source>Transfer the call to:</source>
        <translation>Переадресувати дзвінок на номер:</translation>
    </message>
    <message>
        <source>Consult</source>
        <translation>Консультація</translation>
    </message>
    <message>
        <source>Call a colleague first:</source>
        <translation>Спершу зателефонувати колезі:</translation>
    </message>
    <message>
        <source>DTMF</source>
        <translation>Тоновий набір</translation>
    </message>
    <message>
        <source>Digits to send (0-9, *, #):</source>
        <translation>Цифри для надсилання (0-9, *, #):</translation>
    </message>
    <message>
        <source>No audio device</source>
        <translation>Немає звукового пристрою</translation>
    </message>
    <message>
        <source>Audio: {problem}</source>
        <translation>Звук: {problem}</translation>
    </message>
</context>
<context>
    <name>SoftphoneRefusal</name>
    <message>
        <source>The call has already ended.</source>
        <translation>Дзвінок уже завершено.</translation>
    </message>
    <message>
        <source>The call cannot do that now: it may be ringing, on hold or ending.</source>
        <translation>Зараз із дзвінком цього зробити не можна: він ще дзвонить, на утриманні або завершується.</translation>
    </message>
    <message>
        <source>This number cannot be dialled: check it for stray characters.</source>
        <translation>Цей номер не можна набрати: перевірте, чи немає в ньому зайвих символів.</translation>
    </message>
    <message>
        <source>No connection to the PBX: check the network and the PBX address in Settings.</source>
        <translation>Немає зв&apos;язку з АТС: перевірте мережу та адресу АТС у налаштуваннях.</translation>
    </message>
    <message>
        <source>The softphone is not connected: set it up in Settings → Softphone.</source>
        <translation>Софтфон не підключено: налаштуйте його в «Налаштування → Софтфон».</translation>
    </message>
    <message>
        <source>Too many calls at once: end one of them first.</source>
        <translation>Забагато дзвінків одночасно: спершу завершіть один із них.</translation>
    </message>
    <message>
        <source>The softphone could not do it ({detail}).</source>
        <translation>Софтфон не зміг це зробити ({detail}).</translation>
    </message>
</context>
<context>
    <name>SoftphoneSession</name>
    <message>
        <source>Softphone: {error}</source>
        <translation>Софтфон: {error}</translation>
    </message>
    <message>
        <source>Registered: {code} {reason}</source>
        <translation>Зареєстровано: {code} {reason}</translation>
    </message>
    <message>
        <source>Refused: {code} {reason} — check the extension, user and password</source>
        <translation>Відмова: {code} {reason} — перевірте номер, користувача і пароль</translation>
    </message>
    <message>
        <source>No answer from the PBX ({code}): check the address, port and transport</source>
        <translation>АТС не відповідає ({code}): перевірте адресу, порт і транспорт</translation>
    </message>
    <message>
        <source>Refused: {code} {reason}</source>
        <translation>Відмова: {code} {reason}</translation>
    </message>
    <message>
        <source>You have no SIP account: an administrator sets it in Administration, Users.</source>
        <translation>У вас немає облікового запису SIP: його задає адміністратор у розділі «Адміністрування», «Користувачі».</translation>
    </message>
    <message>
        <source>The softphone is not registered on the PBX.</source>
        <translation>Софтфон не зареєстровано на АТС.</translation>
    </message>
    <message>
        <source>Softphone: not configured</source>
        <translation>Телефон: не налаштовано</translation>
    </message>
    <message>
        <source>SIP {user}: registered</source>
        <translation>SIP {user}: зареєстровано</translation>
    </message>
    <message>
        <source>SIP {user}: registering…</source>
        <translation>SIP {user}: реєстрація…</translation>
    </message>
    <message>
        <source>SIP {user}: {code} {reason} — check the password</source>
        <translation>SIP {user}: {code} {reason} — перевірте пароль</translation>
    </message>
    <message>
        <source>SIP {user}: no answer from the PBX ({code}), retrying</source>
        <translation>SIP {user}: АТС не відповідає ({code}), повторюємо</translation>
    </message>
    <message>
        <source>SIP {user}: {code} {reason}, retrying</source>
        <translation>SIP {user}: {code} {reason}, повторюємо</translation>
    </message>
    <message>
        <source>SIP {user}: ready (no registration)</source>
        <translation>SIP {user}: готовий (без реєстрації)</translation>
    </message>
    <message>
        <source>SIP {user}: not registered</source>
        <translation>SIP {user}: не зареєстровано</translation>
    </message>
    <message>
        <source>The PBX was not told: {error}</source>
        <translation>АТС не отримала сигнал: {error}</translation>
    </message>
    <message>
        <source>New client card for {number}</source>
        <translation>Нова картка клієнта для {number}</translation>
    </message>
    <message>
        <source>The call was not written to the journal: {error}</source>
        <translation>Дзвінок не записано до журналу: {error}</translation>
    </message>
</context>
<context>
    <name>SoftphoneSettingsPage</name>
    <message>
        <source>pbx.example.com</source>
        <translation>pbx.example.com</translation>
    </message>
    <message>
        <source>e.g. 301</source>
        <translation>наприклад, 301</translation>
    </message>
    <message>
        <source>the same as the extension</source>
        <translation>як внутрішній номер</translation>
    </message>
    <message>
        <source>your full name</source>
        <translation>ваше ім&apos;я</translation>
    </message>
    <message>
        <source>none</source>
        <translation>немає</translation>
    </message>
    <message>
        <source>International (+79161234567)</source>
        <translation>Міжнародний (+79161234567)</translation>
    </message>
    <message>
        <source>National (89161234567)</source>
        <translation>Національний (89161234567)</translation>
    </message>
    <message>
        <source>e.g. *46</source>
        <translation>наприклад, *46</translation>
    </message>
    <message>
        <source>e.g. *47</source>
        <translation>наприклад, *47</translation>
    </message>
    <message>
        <source>as the company</source>
        <translation>як у компанії</translation>
    </message>
    <message>
        <source>my own:</source>
        <translation>своя:</translation>
    </message>
    <message>
        <source> s</source>
        <translation> с</translation>
    </message>
    <message>
        <source>PBX (registrar):</source>
        <translation>АТС (реєстратор):</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Порт:</translation>
    </message>
    <message>
        <source>Extension:</source>
        <translation>Внутрішній номер:</translation>
    </message>
    <message>
        <source>Authentication user:</source>
        <translation>Користувач для авторизації:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Пароль:</translation>
    </message>
    <message>
        <source>Display name:</source>
        <translation>Ім&apos;я для відображення:</translation>
    </message>
    <message>
        <source>Transport:</source>
        <translation>Транспорт:</translation>
    </message>
    <message>
        <source>Outside-line prefix:</source>
        <translation>Префікс виходу в місто:</translation>
    </message>
    <message>
        <source>Number format:</source>
        <translation>Формат номера:</translation>
    </message>
    <message>
        <source>Pause feature code:</source>
        <translation>Код паузи на АТС:</translation>
    </message>
    <message>
        <source>Back-to-work feature code:</source>
        <translation>Код повернення в роботу:</translation>
    </message>
    <message>
        <source>Wrap-up pause after a call:</source>
        <translation>Пауза на обробку після дзвінка:</translation>
    </message>
    <message>
        <source>Microphone:</source>
        <translation>Мікрофон:</translation>
    </message>
    <message>
        <source>Speaker (headset):</source>
        <translation>Динамік (гарнітура):</translation>
    </message>
    <message>
        <source>Ringer:</source>
        <translation>Дзвінок:</translation>
    </message>
    <message>
        <source>Test registration</source>
        <translation>Перевірити реєстрацію</translation>
    </message>
    <message>
        <source>No audio device: {problem}</source>
        <translation>Немає звукового пристрою: {problem}</translation>
    </message>
    <message>
        <source>(system default)</source>
        <translation>(типовий у системі)</translation>
    </message>
    <message>
        <source>{device} (not connected)</source>
        <translation>{device} (не підключено)</translation>
    </message>
    <message>
        <source>stored in the system keyring; type to change</source>
        <translation>зберігається в системному сховищі паролів; введіть, щоб змінити</translation>
    </message>
    <message>
        <source>kept in the system keyring</source>
        <translation>зберігатиметься в системному сховищі паролів</translation>
    </message>
    <message>
        <source>You have no SIP account. An administrator sets it in Administration, Users; it then follows you to any computer you log in at.</source>
        <translation>У вас немає облікового запису SIP. Його задає адміністратор у розділі «Адміністрування», «Користувачі»; потім він працює на будь-якому комп&apos;ютері, де ви входите.</translation>
    </message>
    <message>
        <source>Your SIP account {account} is set by an administrator and follows you to any computer you log in at. Its password is kept on this computer.</source>
        <translation>Ваш обліковий запис SIP {account} задає адміністратор, і він працює на будь-якому комп&apos;ютері, де ви входите. Його пароль зберігається на цьому комп&apos;ютері.</translation>
    </message>
    <message>
        <source>You have no SIP account.</source>
        <translation>У вас немає облікового запису SIP.</translation>
    </message>
    <message>
        <source>Fill in the PBX address and the extension first.</source>
        <translation>Спочатку вкажіть адресу АТС і внутрішній номер.</translation>
    </message>
    <message>
        <source>Registering…</source>
        <translation>Реєстрація…</translation>
    </message>
</context>
<context>
    <name>SoftphoneStart</name>
    <message>
        <source>SIP account</source>
        <translation>Обліковий запис SIP</translation>
    </message>
    <message>
        <source>This computer has the SIP account {account}, but you have none. Keep it as yours? It will then follow you to any computer you log in at.</source>
        <translation>На цьому комп&apos;ютері налаштовано обліковий запис SIP {account}, а у вас його немає. Зробити його вашим? Тоді він працюватиме на будь-якому комп&apos;ютері, де ви входите.</translation>
    </message>
    <message>
        <source>The softphone waits for your SIP password: click its state to enter it.</source>
        <translation>Софтфон чекає на ваш пароль SIP: клацніть його стан, щоб ввести пароль.</translation>
    </message>
    <message>
        <source>SIP {user}: password needed</source>
        <translation>SIP {user}: потрібен пароль</translation>
    </message>
</context>
<context>
    <name>StatusFilterButton</name>
    <message>
        <source>Show only calls with these statuses</source>
        <translation>Показувати лише дзвінки з цими статусами</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Будь-який статус</translation>
    </message>
    <message>
        <source>Status: any</source>
        <translation>Статус: будь-який</translation>
    </message>
    <message>
        <source>Status: {status}</source>
        <translation>Статус: {status}</translation>
    </message>
    <message>
        <source>Statuses: {count}</source>
        <translation>Статуси: {count}</translation>
    </message>
</context>
<context>
    <name>TaskBoardForm</name>
    <message>
        <source>Tasks</source>
        <translation>Завдання</translation>
    </message>
    <message>
        <source>New task</source>
        <translation>Нове завдання</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Відкрити</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Оновити</translation>
    </message>
    <message>
        <source>To «{column}»</source>
        <translation>До «{column}»</translation>
    </message>
    <message>
        <source>Group by assignee</source>
        <translation>За виконавцями</translation>
    </message>
    <message>
        <source>One lane per assignee; drop a card on another lane to give it to them</source>
        <translation>Окрема смуга для кожного виконавця; перетягніть картку на іншу смугу, щоб передати завдання</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Усі</translation>
    </message>
    <message>
        <source> Assignee: </source>
        <translation> Виконавець: </translation>
    </message>
    <message>
        <source>Board</source>
        <translation>Дошка</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Календар</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Звіт</translation>
    </message>
    <message>
        <source>due {moment}</source>
        <translation>термін {moment}</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Прострочене</translation>
    </message>
    <message>
        <source>Hours spent</source>
        <translation>Витрачено годин</translation>
    </message>
    <message>
        <source>Hours spent on «{title}»:</source>
        <translation>Скільки годин витрачено на «{title}»:</translation>
    </message>
    <message>
        <source>Another assignee</source>
        <translation>Інший виконавець</translation>
    </message>
    <message>
        <source>Give «{title}» to {assignee}?</source>
        <translation>Передати «{title}» виконавцю {assignee}?</translation>
    </message>
</context>
<context>
    <name>TaskDialog</name>
    <message>
        <source>New task</source>
        <translation>Нове завдання</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Завдання</translation>
    </message>
    <message>
        <source>Due:</source>
        <translation>Термін:</translation>
    </message>
    <message>
        <source>Remind:</source>
        <translation>Нагадати:</translation>
    </message>
    <message>
        <source>Add client…</source>
        <translation>Додати клієнта…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Прибрати</translation>
    </message>
    <message>
        <source>Attach the current client filter</source>
        <translation>Прикріпити поточний відбір клієнтів</translation>
    </message>
    <message>
        <source>Open the filtered clients</source>
        <translation>Відкрити відібраних клієнтів</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Назва:</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>Опис:</translation>
    </message>
    <message>
        <source>Assignee:</source>
        <translation>Виконавець:</translation>
    </message>
    <message>
        <source>Priority:</source>
        <translation>Пріоритет:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Статус:</translation>
    </message>
    <message>
        <source>Clients:</source>
        <translation>Клієнти:</translation>
    </message>
    <message>
        <source>Write a comment and press Enter</source>
        <translation>Напишіть коментар і натисніть Enter</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Коли</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Хто</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <source>Was</source>
        <translation>Було</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Стало</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Коментарі</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Історія</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Файли</translation>
    </message>
    <message>
        <source>Task: {title}</source>
        <translation>Завдання: {title}</translation>
    </message>
    <message>
        <source>{hours} h spent</source>
        <translation>витрачено {hours} год</translation>
    </message>
    <message>
        <source>Client filter: {filter}</source>
        <translation>Відбір клієнтів: {filter}</translation>
    </message>
    <message>
        <source>Add client</source>
        <translation>Додати клієнта</translation>
    </message>
    <message>
        <source>Client name contains:</source>
        <translation>Назва клієнта містить:</translation>
    </message>
    <message>
        <source>No client&apos;s name contains «{text}».</source>
        <translation>Немає клієнта, назва якого містить «{text}».</translation>
    </message>
    <message>
        <source>Client:</source>
        <translation>Клієнт:</translation>
    </message>
</context>
<context>
    <name>TaskReport</name>
    <message>
        <source>Search in titles and descriptions</source>
        <translation>Пошук у назвах і описах</translation>
    </message>
    <message>
        <source>Save to Excel…</source>
        <translation>Зберегти в Excel…</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Назва</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Пріоритет</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Виконавець</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Автор</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Термін</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Закрите</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Години</translation>
    </message>
    <message>
        <source>{column}: all</source>
        <translation>{column}: усі</translation>
    </message>
    <message>
        <source>Tasks: {count}</source>
        <translation>Завдань: {count}</translation>
    </message>
    <message>
        <source>Save to Excel</source>
        <translation>Зберегти в Excel</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Завдання</translation>
    </message>
</context>
<context>
    <name>TaskReportFilters</name>
    <message>
        <source>by due date</source>
        <translation>за терміном</translation>
    </message>
    <message>
        <source>by creation date</source>
        <translation>за датою створення</translation>
    </message>
    <message>
        <source>assignee or creator</source>
        <translation>виконавець або автор</translation>
    </message>
    <message>
        <source>as assignee</source>
        <translation>як виконавець</translation>
    </message>
    <message>
        <source>as creator</source>
        <translation>як автор</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Статус:</translation>
    </message>
    <message>
        <source>all</source>
        <translation>усі</translation>
    </message>
    <message>
        <source>Search in titles and descriptions</source>
        <translation>Пошук у назвах і описах</translation>
    </message>
    <message>
        <source>Tasks:</source>
        <translation>Завдання:</translation>
    </message>
</context>
<context>
    <name>TransferBar</name>
    <message>
        <source>Cancel</source>
        <translation>Скасувати</translation>
    </message>
    <message>
        <source>{title}: {done} of {total}</source>
        <translation>{title}: {done} з {total}</translation>
    </message>
</context>
<context>
    <name>UserDialog</name>
    <message>
        <source>New user</source>
        <translation>Новий користувач</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Користувач</translation>
    </message>
    <message>
        <source>Choosing a role gives its permissions; change them on the Permissions page.</source>
        <translation>Вибір ролі надає її права; змінити їх можна на сторінці «Права доступу».</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Активний</translation>
    </message>
    <message>
        <source>Login:</source>
        <translation>Логін:</translation>
    </message>
    <message>
        <source>Full name:</source>
        <translation>ПІБ:</translation>
    </message>
    <message>
        <source>Position:</source>
        <translation>Посада:</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>Роль:</translation>
    </message>
    <message>
        <source>Extension:</source>
        <translation>Внутрішній номер:</translation>
    </message>
    <message>
        <source>Groups:</source>
        <translation>Групи:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Пароль:</translation>
    </message>
</context>
<context>
    <name>ValueFilterPopup</name>
    <message>
        <source>Sort A to Z</source>
        <translation>Сортування від А до Я</translation>
    </message>
    <message>
        <source>Sort Z to A</source>
        <translation>Сортування від Я до А</translation>
    </message>
    <message>
        <source>Search values</source>
        <translation>Пошук значень</translation>
    </message>
    <message>
        <source>Select all shown</source>
        <translation>Вибрати всі показані</translation>
    </message>
    <message>
        <source>Loading values…</source>
        <translation>Завантаження значень…</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Скинути</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Застосувати</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(порожньо)</translation>
    </message>
    <message>
        <source>More values than listed: type to narrow the list.</source>
        <translation>Значень більше, ніж показано: введіть текст, щоб звузити список.</translation>
    </message>
    <message>
        <source>No values.</source>
        <translation>Немає значень.</translation>
    </message>
    <message>
        <source>Tick values, or type a part of the text and Apply with none ticked.</source>
        <translation>Позначте значення або введіть частину тексту й натисніть «Застосувати», нічого не позначаючи.</translation>
    </message>
</context>
<context>
    <name>ViewsBar</name>
    <message>
        <source>responsible managers: {count}</source>
        <translation>відповідальних менеджерів: {count}</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(порожньо)</translation>
    </message>
    <message>
        <source>Saved views: filters, search and sort</source>
        <translation>Збережені подання: відбори, пошук і сортування</translation>
    </message>
    <message>
        <source>Save view…</source>
        <translation>Зберегти подання…</translation>
    </message>
    <message>
        <source>Delete view</source>
        <translation>Видалити подання</translation>
    </message>
    <message>
        <source>Reset filters</source>
        <translation>Скинути відбори</translation>
    </message>
    <message>
        <source>View:</source>
        <translation>Подання:</translation>
    </message>
    <message>
        <source>(not saved)</source>
        <translation>(не збережено)</translation>
    </message>
    <message>
        <source>Save view</source>
        <translation>Зберегти подання</translation>
    </message>
    <message>
        <source>Name of the view (the filters, the search and the sort):</source>
        <translation>Назва подання (відбори, пошук і сортування):</translation>
    </message>
    <message>
        <source>Delete the view «{0}»?</source>
        <translation>Видалити подання «{0}»?</translation>
    </message>
</context>
<context>
    <name>WorklistModel</name>
    <message>
        <source>Time left</source>
        <translation>Залишилось</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Номер телефону</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Клієнт</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Спроб</translation>
    </message>
    <message>
        <source>First attempt</source>
        <translation>Перший дзвінок</translation>
    </message>
    <message>
        <source>Last attempt</source>
        <translation>Останній дзвінок</translation>
    </message>
    <message>
        <source>Waited in all</source>
        <translation>Чекав усього</translation>
    </message>
    <message>
        <source>Calls back</source>
        <translation>Передзвони</translation>
    </message>
    <message>
        <source>Taken by</source>
        <translation>У роботі в</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Результат</translation>
    </message>
    <message>
        <source>{time} left</source>
        <translation>залишилось {time}</translation>
    </message>
    <message>
        <source>overdue by {time}</source>
        <translation>прострочено на {time}</translation>
    </message>
    <message>
        <source>Call back by {time}</source>
        <translation>Передзвонити до {time}</translation>
    </message>
    <message>
        <source>{count} unanswered</source>
        <translation>{count} без відповіді</translation>
    </message>
    <message>
        <source>{employee} until {time}</source>
        <translation>{employee} до {time}</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Відкрито</translation>
    </message>
</context>
<context>
    <name>_RegistrationDialog</name>
    <message>
        <source>Saving…</source>
        <translation>Збереження…</translation>
    </message>
</context>
<context>
    <name>admin</name>
    <message>
        <source>administrator</source>
        <translation>адміністратор</translation>
    </message>
    <message>
        <source>supervisor</source>
        <translation>керівник</translation>
    </message>
    <message>
        <source>operator</source>
        <translation>оператор</translation>
    </message>
    <message>
        <source>accountant</source>
        <translation>бухгалтер</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Рядок</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>One item of a list</source>
        <translation>Елемент списку</translation>
    </message>
    <message>
        <source>Lines of text</source>
        <translation>Рядки тексту</translation>
    </message>
    <message>
        <source>Dropdown</source>
        <translation>Вибір зі списку</translation>
    </message>
    <message>
        <source>Multi-select</source>
        <translation>Множинний вибір</translation>
    </message>
    <message>
        <source>Checkboxes</source>
        <translation>Прапорці</translation>
    </message>
    <message>
        <source>Data will be lost</source>
        <translation>Дані буде втрачено</translation>
    </message>
    <message>
        <source>The change clears the value on {0} client cards. This cannot be undone (the cards&apos; history keeps the old values). Continue?</source>
        <translation>Зміна очистить значення в картках клієнтів: {0}. Скасувати це не можна (старі значення залишаться в історії карток). Продовжити?</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Звіти</translation>
    </message>
    <message>
        <source>The Reports section.</source>
        <translation>Розділ «Звіти».</translation>
    </message>
    <message>
        <source>Create and edit clients</source>
        <translation>Створення та зміна клієнтів</translation>
    </message>
    <message>
        <source>Create client cards, change them, assign numbers. Without it: view only.</source>
        <translation>Створювати картки клієнтів, змінювати їх, призначати номери. Без цього права — лише перегляд.</translation>
    </message>
    <message>
        <source>Delete clients</source>
        <translation>Видалення клієнтів</translation>
    </message>
    <message>
        <source>Delete client cards.</source>
        <translation>Видаляти картки клієнтів.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Завантаження</translation>
    </message>
    <message>
        <source>Import clients from Excel or CSV files.</source>
        <translation>Завантажувати клієнтів із файлів Excel або CSV.</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>Адміністрування</translation>
    </message>
    <message>
        <source>Users, permissions, groups, card fields and settings.</source>
        <translation>Користувачі, права, групи, поля картки та налаштування.</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Завдання</translation>
    </message>
    <message>
        <source>The Tasks section: create and change tasks.</source>
        <translation>Розділ «Завдання»: створення та зміна завдань.</translation>
    </message>
    <message>
        <source>See all calls</source>
        <translation>Бачити всі дзвінки</translation>
    </message>
    <message>
        <source>Every call in the journal, cards, pop-up, search, exports and reports. Without it: only the calls the employee took part in.</source>
        <translation>Усі дзвінки в журналі, картках, спливаючому вікні, пошуку, вивантаженнях і звітах. Без цього права — лише дзвінки, в яких брав участь співробітник.</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Вивантаження</translation>
    </message>
    <message>
        <source>Save the journal, clients and reports to Excel or CSV, print reports.</source>
        <translation>Вивантажувати журнал, клієнтів і звіти в Excel або CSV, друкувати звіти.</translation>
    </message>
    <message>
        <source>Listen to recordings</source>
        <translation>Прослуховування записів</translation>
    </message>
    <message>
        <source>Play the recordings of the calls the employee may see.</source>
        <translation>Слухати записи дзвінків, доступних співробітнику.</translation>
    </message>
    <message>
        <source>Download recordings</source>
        <translation>Завантаження записів</translation>
    </message>
    <message>
        <source>Save recordings to files.</source>
        <translation>Зберігати записи у файли.</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>Enter your login and password.</source>
        <translation>Введіть логін і пароль.</translation>
    </message>
    <message>
        <source>Wrong login or password.</source>
        <translation>Неправильний логін або пароль.</translation>
    </message>
    <message>
        <source>This account is deactivated. Ask an administrator.</source>
        <translation>Цей обліковий запис вимкнено. Зверніться до адміністратора.</translation>
    </message>
    <message>
        <source>The comment has {length} characters; at most {limit} are allowed. Shorten it — nothing was saved.</source>
        <translation>У коментарі {length} символів, дозволено не більше {limit}. Скоротіть його — нічого не збережено.</translation>
    </message>
    <message>
        <source>another user</source>
        <translation>інший користувач</translation>
    </message>
    <message>
        <source>The comment was changed by {employee} at {time} while you were editing it.</source>
        <translation>Поки ви редагували коментар, його змінив {employee} о {time}.</translation>
    </message>
    <message>
        <source>The comment was changed by {employee} while you were editing it.</source>
        <translation>Поки ви редагували коментар, його змінив {employee}.</translation>
    </message>
    <message>
        <source>Call {call_id} does not exist (it may have been deleted).</source>
        <translation>Дзвінок {call_id} не знайдено (можливо, його видалено).</translation>
    </message>
    <message>
        <source>Call {call_id} is not one of your calls.</source>
        <translation>Дзвінок {call_id} не належить до ваших дзвінків.</translation>
    </message>
    <message>
        <source>The period ends before it starts: check the dates.</source>
        <translation>Період закінчується раніше, ніж починається: перевірте дати.</translation>
    </message>
    <message>
        <source>The period is longer than {years} years: choose a shorter one.</source>
        <translation>Період довший за {years} років: виберіть коротший.</translation>
    </message>
    <message>
        <source>The search text is {length} characters long; at most {limit} are allowed. Type a name or a part of the number.</source>
        <translation>Текст пошуку завдовжки {length} символів, дозволено не більше {limit}. Введіть ім’я або частину номера.</translation>
    </message>
    <message>
        <source>The phone number is empty.</source>
        <translation>Номер телефону не вказано.</translation>
    </message>
    <message>
        <source>{number} is an internal extension, not a client number.</source>
        <translation>{number} — внутрішній номер, а не номер клієнта.</translation>
    </message>
    <message>
        <source>{number} is not a phone number.</source>
        <translation>{number} не є номером телефону.</translation>
    </message>
    <message>
        <source>{number} is not a valid phone number.</source>
        <translation>{number} — недійсний номер телефону.</translation>
    </message>
    <message>
        <source>The number {number} is already assigned to {client} by {employee} at {time}.</source>
        <translation>Номер {number} уже призначено клієнту {client} користувачем {employee} {time}.</translation>
    </message>
    <message>
        <source>The number {number} is already assigned to {client} by {employee}.</source>
        <translation>Номер {number} уже призначено клієнту {client} користувачем {employee}.</translation>
    </message>
    <message>
        <source>The number {number} is already assigned to {client} at {time}.</source>
        <translation>Номер {number} уже призначено клієнту {client} {time}.</translation>
    </message>
    <message>
        <source>The number {number} is already assigned to {client}.</source>
        <translation>Номер {number} уже призначено клієнту {client}.</translation>
    </message>
    <message>
        <source>{number} is an internal extension; only client numbers can be registered.</source>
        <translation>{number} — внутрішній номер; зареєструвати можна лише номери клієнтів.</translation>
    </message>
    <message>
        <source>Enter the {what}.</source>
        <translation>Введіть {what}.</translation>
    </message>
    <message>
        <source>The {what} is too long ({length} characters, at most {limit}).</source>
        <translation>Занадто довге значення: {what} ({length} символів, не більше {limit}).</translation>
    </message>
    <message>
        <source>The number {number} could not be saved: the client changed meanwhile.</source>
        <translation>Номер {number} не збережено: клієнт тим часом змінився.</translation>
    </message>
    <message>
        <source>client name</source>
        <translation>назву клієнта</translation>
    </message>
    <message>
        <source>contact person&apos;s name</source>
        <translation>ПІБ контактної особи</translation>
    </message>
    <message>
        <source>contact person&apos;s position</source>
        <translation>посаду контактної особи</translation>
    </message>
    <message>
        <source>The client no longer exists (it may have been deleted).</source>
        <translation>Клієнта більше не існує (можливо, його видалено).</translation>
    </message>
    <message>
        <source>Enter the client&apos;s name.</source>
        <translation>Введіть назву клієнта.</translation>
    </message>
    <message>
        <source>The client&apos;s name is too long (at most {limit} characters).</source>
        <translation>Назва клієнта задовга (не більше {limit} символів).</translation>
    </message>
    <message>
        <source>Unknown kind of client: {kind}.</source>
        <translation>Невідомий вид клієнта: {kind}.</translation>
    </message>
    <message>
        <source>«{email}» is not an e-mail address.</source>
        <translation>«{email}» — не адреса електронної пошти.</translation>
    </message>
    <message>
        <source>Enter the contact person&apos;s name (or remove the empty row).</source>
        <translation>Введіть ПІБ контактної особи (або видаліть порожній рядок).</translation>
    </message>
    <message>
        <source>The number {number} is entered twice.</source>
        <translation>Номер {number} введено двічі.</translation>
    </message>
    <message>
        <source>Fill in the required field «{field}».</source>
        <translation>Заповніть обов’язкове поле «{field}».</translation>
    </message>
    <message>
        <source>You may only view the field «{field}».</source>
        <translation>Поле «{field}» доступне вам лише для перегляду.</translation>
    </message>
    <message>
        <source>The card has a value for a field you may not see.</source>
        <translation>У картці є значення поля, яке вам не дозволено бачити.</translation>
    </message>
    <message>
        <source>The contact person no longer belongs to this client.</source>
        <translation>Контактна особа більше не належить цьому клієнту.</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>прийнятий</translation>
    </message>
    <message>
        <source>reached</source>
        <translation>додзвонились</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>немає відповіді</translation>
    </message>
    <message>
        <source>lost</source>
        <translation>втрачений</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>скасований</translation>
    </message>
    <message>
        <source>busy</source>
        <translation>зайнято</translation>
    </message>
    <message>
        <source>Outgoing call, the other side answered</source>
        <translation>Вихідний дзвінок, співрозмовник відповів</translation>
    </message>
    <message>
        <source>Outgoing call, the line was busy</source>
        <translation>Вихідний дзвінок, лінія була зайнята</translation>
    </message>
    <message>
        <source>Outgoing call, the number was unreachable or the network failed</source>
        <translation>Вихідний дзвінок, номер недоступний або збій мережі</translation>
    </message>
    <message>
        <source>unreachable</source>
        <translation>недоступний</translation>
    </message>
    <message>
        <source>not answered</source>
        <translation>не відповіли</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>відхилено</translation>
    </message>
    <message>
        <source>no free channels</source>
        <translation>немає вільних каналів</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>в процесі</translation>
    </message>
    <message>
        <source>Outgoing call, our employee hung up before the other side answered</source>
        <translation>Вихідний дзвінок, наш співробітник поклав слухавку до відповіді</translation>
    </message>
    <message>
        <source>Outgoing call, it rang and the other side never picked up</source>
        <translation>Вихідний дзвінок, виклик ішов, але слухавку так і не взяли</translation>
    </message>
    <message>
        <source>Outgoing call, the other side declined it</source>
        <translation>Вихідний дзвінок, абонент відхилив виклик</translation>
    </message>
    <message>
        <source>Outgoing call, no free channels (the PBX or the operator&apos;s network was full)</source>
        <translation>Вихідний дзвінок, немає вільних каналів (АТС або мережа оператора перевантажені)</translation>
    </message>
    <message>
        <source>The operator rejected the call</source>
        <translation>Оператор відхилив дзвінок</translation>
    </message>
    <message>
        <source>The line was busy</source>
        <translation>Лінія була зайнята</translation>
    </message>
    <message>
        <source>The phone was unreachable or the network failed</source>
        <translation>Телефон був недоступний або стався збій мережі</translation>
    </message>
    <message>
        <source>No free channels (SIP 503, congestion)</source>
        <translation>Немає вільних каналів (SIP 503, перевантаження)</translation>
    </message>
    <message>
        <source>{cause}. {explanation}</source>
        <translation>{cause}. {explanation}</translation>
    </message>
    <message>
        <source>The call is still going → {status}</source>
        <translation>Дзвінок ще триває → {status}</translation>
    </message>
    <message>
        <source>{reason} → {status}</source>
        <translation>{reason} → {status}</translation>
    </message>
    <message>
        <source>Internal call, answered → {status}</source>
        <translation>Внутрішній дзвінок, відповіли → {status}</translation>
    </message>
    <message>
        <source>Incoming call, answered → {status}</source>
        <translation>Вхідний дзвінок, відповіли → {status}</translation>
    </message>
    <message>
        <source>Internal call, nobody answered → {status}</source>
        <translation>Внутрішній дзвінок, ніхто не відповів → {status}</translation>
    </message>
    <message>
        <source>from a client&apos;s number</source>
        <translation>з номера клієнта</translation>
    </message>
    <message>
        <source>from an unknown number</source>
        <translation>з невідомого номера</translation>
    </message>
    <message>
        <source>Missed {source}, called back at {time} by {employee} the same day</source>
        <translation>Пропущений {source}, передзвонив {employee} о {time} того ж дня</translation>
    </message>
    <message>
        <source>Missed {source}, called back at {time} the same day</source>
        <translation>Пропущений {source}, передзвонили о {time} того ж дня</translation>
    </message>
    <message>
        <source>Missed {source}, no answered contact until 23:59; called back only at {time} by {employee}</source>
        <translation>Пропущений {source}, до 23:59 не було розмови; {employee} передзвонив лише о {time}</translation>
    </message>
    <message>
        <source>Missed {source}, no answered contact until 23:59; called back only at {time}</source>
        <translation>Пропущений {source}, до 23:59 не було розмови; передзвонили лише о {time}</translation>
    </message>
    <message>
        <source>Missed {source}, no answered contact until 23:59</source>
        <translation>Пропущений {source}, до 23:59 не було розмови</translation>
    </message>
    <message>
        <source>{explanation}; mark removed at {time} by {employee}</source>
        <translation>{explanation}; позначку зняв {employee} о {time}</translation>
    </message>
    <message>
        <source>{explanation}; mark removed at {time}</source>
        <translation>{explanation}; позначку знято о {time}</translation>
    </message>
    <message>
        <source>{explanation}; needs attention</source>
        <translation>{explanation}; потребує уваги</translation>
    </message>
    <message>
        <source>«{field}» is too long (at most {limit} characters).</source>
        <translation>Значення поля «{field}» задовге (не більше {limit} символів).</translation>
    </message>
    <message>
        <source>«{value}» is not an item of «{field}».</source>
        <translation>«{value}» немає у списку поля «{field}».</translation>
    </message>
    <message>
        <source>«{field}» needs a number.</source>
        <translation>У полі «{field}» потрібно ввести число.</translation>
    </message>
    <message>
        <source>«{field}» needs a number, not «{value}».</source>
        <translation>У полі «{field}» потрібно ввести число, а не «{value}».</translation>
    </message>
    <message>
        <source>«{field}» takes numbers of at most 15 digits, not «{value}».</source>
        <translation>«{field}» приймає числа не довші за 15 цифр, а не «{value}».</translation>
    </message>
    <message>
        <source>«{field}» needs a date like 31.12.2026, not «{value}».</source>
        <translation>У полі «{field}» потрібна дата на кшталт 31.12.2026, а не «{value}».</translation>
    </message>
    <message>
        <source>{file}: only .xlsx, .xls and .csv files can be imported.</source>
        <translation>{file}: імпортувати можна лише файли .xlsx, .xls і .csv.</translation>
    </message>
    <message>
        <source>{file} has no rows.</source>
        <translation>У файлі {file} немає рядків.</translation>
    </message>
    <message>
        <source>{file} has a header but no rows of clients (cells with formulas Excel never calculated are empty: open the file in Excel and save it again).</source>
        <translation>У {file} є заголовок, але немає рядків з клієнтами (клітинки з формулами, які Excel не обчислив, порожні: відкрийте файл в Excel і збережіть його знову).</translation>
    </message>
    <message>
        <source>{file} has more than {limit} rows: split it.</source>
        <translation>У файлі {file} більше {limit} рядків: розділіть його.</translation>
    </message>
    <message>
        <source>{file} has {count} columns; a client list has at most {limit}.</source>
        <translation>У {file} стовпців: {count}; у списку клієнтів їх не більше {limit}.</translation>
    </message>
    <message>
        <source>{file} is not a readable Excel file ({error}).</source>
        <translation>{file} — не читабельний файл Excel ({error}).</translation>
    </message>
    <message>
        <source>{file}: unknown text encoding.</source>
        <translation>{file}: невідоме кодування тексту.</translation>
    </message>
    <message>
        <source>{file} is not a text table: save it as CSV (UTF-8 or Windows-1251).</source>
        <translation>{file} — не текстова таблиця: збережіть її як CSV (UTF-8 або Windows-1251).</translation>
    </message>
    <message>
        <source>{file} cannot be read as CSV ({error}).</source>
        <translation>{file} не читається як CSV ({error}).</translation>
    </message>
    <message>
        <source>Choose the column with the client&apos;s name.</source>
        <translation>Виберіть колонку з назвою клієнта.</translation>
    </message>
    <message>
        <source>You may not fill in one of the mapped fields.</source>
        <translation>Одне з зіставлених полів вам не дозволено заповнювати.</translation>
    </message>
    <message>
        <source>The e-mail is longer than {limit} characters.</source>
        <translation>E-mail довший за {limit} символів.</translation>
    </message>
    <message>
        <source>The number {number} is also on line {line}.</source>
        <translation>Номер {number} є також у рядку {line}.</translation>
    </message>
    <message>
        <source>The client&apos;s name is empty.</source>
        <translation>Назву клієнта не заповнено.</translation>
    </message>
    <message>
        <source>The required field «{field}» is empty.</source>
        <translation>Обов’язкове поле «{field}» не заповнено.</translation>
    </message>
    <message>
        <source>The number {number} already belongs to the client «{client}».</source>
        <translation>Номер {number} вже належить клієнту «{client}».</translation>
    </message>
    <message>
        <source>{count} rows have errors: fix them, or import only the valid rows.</source>
        <translation>Рядків з помилками: {count}. Виправте їх або завантажте лише правильні рядки.</translation>
    </message>
    <message>
        <source>You may not see this field, so you cannot filter by it.</source>
        <translation>Це поле вам не дозволено бачити, тому фільтрувати за ним не можна.</translation>
    </message>
    <message>
        <source>deadlock</source>
        <translation>взаємне блокування</translation>
    </message>
    <message>
        <source>lock wait timeout</source>
        <translation>сплив час очікування блокування</translation>
    </message>
    <message>
        <source>The database is empty. Create the CallDesk tables with &apos;calldesk migrate&apos;.</source>
        <translation>База даних порожня. Створіть таблиці CallDesk командою &apos;calldesk migrate&apos;.</translation>
    </message>
    <message>
        <source>The database schema ({database}) is older than this version of CallDesk ({app}). Upgrade it with &apos;calldesk migrate&apos;.</source>
        <translation>Схема бази даних ({database}) старіша за цю версію CallDesk ({app}). Оновіть її командою &apos;calldesk migrate&apos;.</translation>
    </message>
    <message>
        <source>The database schema revision {database} is unknown to this version of CallDesk (newest known: {app}). The database was probably upgraded by a newer CallDesk: update this workstation.</source>
        <translation>Ревізія схеми бази даних {database} невідома цій версії CallDesk (найновіша відома: {app}). Ймовірно, базу оновила новіша версія CallDesk: оновіть це робоче місце.</translation>
    </message>
    <message>
        <source>The database schema is up to date.</source>
        <translation>Схема бази даних актуальна.</translation>
    </message>
    <message>
        <source>{url} is not a database address. Use e.g. &apos;mysql+pymysql://user@host/calldesk&apos; or &apos;sqlite:///path/calldesk.db&apos;.</source>
        <translation>{url} — не адреса бази даних. Вкажіть, наприклад, &apos;mysql+pymysql://user@host/calldesk&apos; або &apos;sqlite:///path/calldesk.db&apos;.</translation>
    </message>
    <message>
        <source>Database type {kind} is not supported: use MySQL/MariaDB or SQLite.</source>
        <translation>Тип бази даних {kind} не підтримується: використовуйте MySQL/MariaDB або SQLite.</translation>
    </message>
    <message>
        <source>The TLS file {path} given as {setting} in the database address does not exist.</source>
        <translation>Файл TLS {path}, вказаний як {setting} в адресі бази даних, не існує.</translation>
    </message>
    <message>
        <source>The TLS file {path} given as {setting} in the database address is a folder, not a file.</source>
        <translation>Файл TLS {path}, вказаний як {setting} в адресі бази даних, — це тека, а не файл.</translation>
    </message>
    <message>
        <source>The TLS file {path} given as {setting} in the database address cannot be read: check that this user may read it.</source>
        <translation>Файл TLS {path}, вказаний як {setting} в адресі бази даних, не вдається прочитати: перевірте, що цей користувач має право його читати.</translation>
    </message>
    <message>
        <source>The file {path} given as {setting} in the database address is not a certificate: it must be the PEM file of the authority (CA) that signed the database server&apos;s certificate.</source>
        <translation>Файл {path}, вказаний як {setting} в адресі бази даних, не є сертифікатом: потрібен PEM-файл центру сертифікації (CA), який підписав сертифікат сервера бази даних.</translation>
    </message>
    <message>
        <source>the server</source>
        <translation>сервер</translation>
    </message>
    <message>
        <source>Another user was changing the same records at the same moment; the database refused this change ({reason}, attempts: {attempts}). Nothing was saved: try again.</source>
        <translation>Інший користувач у той самий момент змінював ті самі записи; база даних відхилила цю зміну ({reason}, спроб: {attempts}). Нічого не збережено: спробуйте ще раз.</translation>
    </message>
    <message>
        <source>Access denied: wrong user name or password for the database.</source>
        <translation>Доступ заборонено: неправильне ім’я користувача або пароль бази даних.</translation>
    </message>
    <message>
        <source>The database {database} does not exist on {host}.</source>
        <translation>Бази даних {database} не існує на {host}.</translation>
    </message>
    <message>
        <source>The user has no access to the database {database}.</source>
        <translation>Користувач не має доступу до бази даних {database}.</translation>
    </message>
    <message>
        <source>Unknown database host {host}: check the server name.</source>
        <translation>Невідомий сервер бази даних {host}: перевірте ім’я сервера.</translation>
    </message>
    <message>
        <source>The certificate of the database server at {host} cannot be verified with the CA file given in the address (ssl_ca): it is not our server, or the CA file is not the one that signed its certificate.</source>
        <translation>Сертифікат сервера бази даних {host} не вдається перевірити файлом CA з адреси (ssl_ca): це не наш сервер, або файл CA не той, що підписав його сертифікат.</translation>
    </message>
    <message>
        <source>Cannot reach the database server at {host}: is it running and reachable?</source>
        <translation>Немає зв’язку з сервером бази даних {host}: чи запущений він і чи доступний у мережі?</translation>
    </message>
    <message>
        <source>Cannot open the SQLite database file: check that the folder exists and is writable.</source>
        <translation>Не вдається відкрити файл бази даних SQLite: перевірте, що папка існує і доступна для запису.</translation>
    </message>
    <message>
        <source>The file is not a SQLite database.</source>
        <translation>Файл не є базою даних SQLite.</translation>
    </message>
    <message>
        <source>Database error: {error}</source>
        <translation>Помилка бази даних: {error}</translation>
    </message>
    <message>
        <source>The migration would break {count} references (first: {first}); nothing was changed.</source>
        <translation>Оновлення порушило б посилання ({count}, перше: {first}); нічого не змінено.</translation>
    </message>
    <message>
        <source>Upgrading the database failed at revision {revision}: {error}</source>
        <translation>Оновлення бази даних зупинилося на ревізії {revision}: {error}</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>порожня база</translation>
    </message>
    <message>
        <source>Only an administrator may change users, groups and card fields.</source>
        <translation>Змінювати користувачів, групи та поля картки може лише адміністратор.</translation>
    </message>
    <message>
        <source>You may not create clients. Ask an administrator.</source>
        <translation>Вам не дозволено створювати клієнтів. Зверніться до адміністратора.</translation>
    </message>
    <message>
        <source>You may only view client cards, not change them. Ask an administrator.</source>
        <translation>Ви можете лише переглядати картки клієнтів, але не змінювати їх. Зверніться до адміністратора.</translation>
    </message>
    <message>
        <source>You may not delete clients. Ask an administrator.</source>
        <translation>У вас немає права видаляти клієнтів. Зверніться до адміністратора.</translation>
    </message>
    <message>
        <source>You may not import clients. Ask an administrator.</source>
        <translation>У вас немає права завантажувати клієнтів. Зверніться до адміністратора.</translation>
    </message>
    <message>
        <source>You may not see reports. Ask an administrator.</source>
        <translation>У вас немає доступу до звітів. Зверніться до адміністратора.</translation>
    </message>
    <message>
        <source>You may not export to Excel. Ask an administrator.</source>
        <translation>У вас немає права вивантаження в Excel. Зверніться до адміністратора.</translation>
    </message>
    <message>
        <source>You may not download recordings. Ask an administrator.</source>
        <translation>У вас немає права завантажувати записи. Зверніться до адміністратора.</translation>
    </message>
    <message>
        <source>You may not listen to recordings. Ask an administrator.</source>
        <translation>У вас немає права прослуховувати записи. Зверніться до адміністратора.</translation>
    </message>
    <message>
        <source>The recording does not belong to this call.</source>
        <translation>Запис не належить до цього дзвінка.</translation>
    </message>
    <message>
        <source>The recording is not of one of your calls.</source>
        <translation>Це запис не вашого дзвінка.</translation>
    </message>
    <message>
        <source>You may not work with tasks. Ask an administrator.</source>
        <translation>Вам недоступні завдання. Зверніться до адміністратора.</translation>
    </message>
    <message>
        <source>{target} already exists.</source>
        <translation>{target} вже існує.</translation>
    </message>
    <message>
        <source>The call part has no recording.</source>
        <translation>У цієї частини дзвінка немає запису.</translation>
    </message>
    <message>
        <source>The recording reference {reference} is not a relative path.</source>
        <translation>Посилання на запис {reference} — не відносний шлях.</translation>
    </message>
    <message>
        <source>The recording reference {reference} is an absolute path; only paths relative to the recordings folder are allowed.</source>
        <translation>Посилання на запис {reference} — абсолютний шлях; дозволено лише шляхи відносно папки записів.</translation>
    </message>
    <message>
        <source>The recording reference {reference} points outside the recordings folder (&apos;..&apos;).</source>
        <translation>Посилання на запис {reference} вказує за межі папки записів (&apos;..&apos;).</translation>
    </message>
    <message>
        <source>The recording reference {reference} names no file.</source>
        <translation>Посилання на запис {reference} не вказує на файл.</translation>
    </message>
    <message>
        <source>No recordings folder or address is configured on this workstation.</source>
        <translation>На цьому робочому місці не налаштовано папку або адресу записів.</translation>
    </message>
    <message>
        <source>The recording {file} is empty (no sound in it).</source>
        <translation>Запис {file} порожній (у ньому немає звуку).</translation>
    </message>
    <message>
        <source>The download was cancelled.</source>
        <translation>Завантаження скасовано.</translation>
    </message>
    <message>
        <source>The recordings server stopped answering ({seconds} s).</source>
        <translation>Сервер записів перестав відповідати ({seconds} с).</translation>
    </message>
    <message>
        <source>The download broke off after {done} of {total} bytes; try again.</source>
        <translation>Завантаження обірвалося після {done} з {total} байтів; спробуйте ще раз.</translation>
    </message>
    <message>
        <source>The recordings folder cannot be read ({error}).</source>
        <translation>Не вдається прочитати папку записів ({error}).</translation>
    </message>
    <message>
        <source>The recording {file} is not in the recordings folder {folder}.</source>
        <translation>Запису {file} немає в папці записів {folder}.</translation>
    </message>
    <message>
        <source>The recording {file} is not on the server (HTTP 404).</source>
        <translation>Запису {file} немає на сервері (HTTP 404).</translation>
    </message>
    <message>
        <source>The recordings server refused {file} (HTTP {code} {reason}).</source>
        <translation>Сервер записів відмовив у видачі {file} (HTTP {code} {reason}).</translation>
    </message>
    <message>
        <source>The recordings server did not answer within {seconds} s.</source>
        <translation>Сервер записів не відповів за {seconds} с.</translation>
    </message>
    <message>
        <source>The recordings server cannot be reached ({reason}).</source>
        <translation>Немає зв’язку з сервером записів ({reason}).</translation>
    </message>
    <message>
        <source>Enter the login.</source>
        <translation>Введіть логін.</translation>
    </message>
    <message>
        <source>Enter the employee&apos;s full name.</source>
        <translation>Введіть ПІБ співробітника.</translation>
    </message>
    <message>
        <source>The extension «{extension}» must be digits only.</source>
        <translation>Внутрішній номер «{extension}» має складатися лише з цифр.</translation>
    </message>
    <message>
        <source>The login «{login}» is already taken.</source>
        <translation>Логін «{login}» уже зайнятий.</translation>
    </message>
    <message>
        <source>The extension {extension} already belongs to {owner}.</source>
        <translation>Внутрішній номер {extension} вже належить співробітнику {owner}.</translation>
    </message>
    <message>
        <source>The group no longer exists.</source>
        <translation>Групи більше не існує.</translation>
    </message>
    <message>
        <source>The user no longer exists.</source>
        <translation>Користувача більше не існує.</translation>
    </message>
    <message>
        <source>You cannot take administration away from yourself.</source>
        <translation>Не можна зняти права адміністратора із самого себе.</translation>
    </message>
    <message>
        <source>You cannot deactivate yourself.</source>
        <translation>Не можна вимкнути самого себе.</translation>
    </message>
    <message>
        <source>Your account no longer exists or is off.</source>
        <translation>Вашого облікового запису більше немає або його вимкнено.</translation>
    </message>
    <message>
        <source>Enter your full name.</source>
        <translation>Введіть ПІБ.</translation>
    </message>
    <message>
        <source>The name is longer than {count} characters.</source>
        <translation>Ім&apos;я довше за {count} символів.</translation>
    </message>
    <message>
        <source>The current password is not right.</source>
        <translation>Поточний пароль неправильний.</translation>
    </message>
    <message>
        <source>The password must have at least {count} characters.</source>
        <translation>Пароль має містити щонайменше {count} символів.</translation>
    </message>
    <message>
        <source>The new password is the same as the current one.</source>
        <translation>Новий пароль збігається з поточним.</translation>
    </message>
    <message>
        <source>Enter the group&apos;s name.</source>
        <translation>Введіть назву групи.</translation>
    </message>
    <message>
        <source>A group «{name}» already exists.</source>
        <translation>Група «{name}» вже існує.</translation>
    </message>
    <message>
        <source>Another administrator changed the group «{name}» meanwhile: its current access is shown, make your changes again.</source>
        <translation>Інший адміністратор тим часом змінив групу «{name}»: показано її поточний доступ, внесіть зміни заново.</translation>
    </message>
    <message>
        <source>The key «{code}» must start with a small Latin letter and hold only small Latin letters, digits and «_» (at most 64).</source>
        <translation>Ключ «{code}» має починатися з малої латинської літери й містити лише малі латинські літери, цифри та «_» (не більше 64).</translation>
    </message>
    <message>
        <source>Another field already has the key «{code}».</source>
        <translation>Ключ «{code}» вже має інше поле.</translation>
    </message>
    <message>
        <source>Enter the field&apos;s title.</source>
        <translation>Введіть назву поля.</translation>
    </message>
    <message>
        <source>The field&apos;s title is too long (at most 100 characters).</source>
        <translation>Назва поля задовга (не більше 100 символів).</translation>
    </message>
    <message>
        <source>A field «{title}» already exists.</source>
        <translation>Поле «{title}» вже існує.</translation>
    </message>
    <message>
        <source>Choose the list the field «{title}» picks from.</source>
        <translation>Виберіть список, з якого поле «{title}» бере значення.</translation>
    </message>
    <message>
        <source>The field «{title}» needs at least one list item.</source>
        <translation>Для поля «{title}» потрібен хоча б один елемент списку.</translation>
    </message>
    <message>
        <source>The hint is too long (at most 200 characters).</source>
        <translation>Підказка задовга (не більше 200 символів).</translation>
    </message>
    <message>
        <source>The field no longer exists.</source>
        <translation>Поля більше не існує.</translation>
    </message>
    <message>
        <source>Only a supervisor or an administrator can remove the &apos;no answer&apos; mark.</source>
        <translation>Зняти позначку «Без відповіді» може лише супервізор або адміністратор.</translation>
    </message>
    <message>
        <source>Only a missed incoming call has a &apos;no answer&apos; mark to remove.</source>
        <translation>Позначку «Без відповіді» можна зняти лише з пропущеного вхідного дзвінка.</translation>
    </message>
    <message>
        <source>The view has more than {limit} clients, more than an Excel sheet holds: narrow the search or export to CSV.</source>
        <translation>У списку більше {limit} клієнтів — більше, ніж вміщує аркуш Excel: звузьте пошук або вивантажте в CSV.</translation>
    </message>
    <message>
        <source>The view has more than {limit} calls, more than an Excel sheet holds: choose a shorter period or export to CSV.</source>
        <translation>У журналі більше {limit} дзвінків — більше, ніж вміщує аркуш Excel: виберіть коротший період або вивантажте в CSV.</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist.</source>
        <translation>Папки {folder} не існує.</translation>
    </message>
    <message>
        <source>The outside-line prefix may have up to 4 digits, * or #.</source>
        <translation>Префікс виходу на зовнішню лінію — не більше 4 цифр, * або #.</translation>
    </message>
    <message>
        <source>Type a number to call.</source>
        <translation>Введіть номер для дзвінка.</translation>
    </message>
    <message>
        <source>The number is too long to dial.</source>
        <translation>Номер задовгий для набору.</translation>
    </message>
    <message>
        <source>Lunch</source>
        <translation>Обід</translation>
    </message>
    <message>
        <source>Break</source>
        <translation>Перерва</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Навчання</translation>
    </message>
    <message>
        <source>Wrap-up</source>
        <translation>Післяобробка</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Інше</translation>
    </message>
    <message>
        <source>{reason} is not a pause reason.</source>
        <translation>{reason} не є причиною паузи.</translation>
    </message>
    <message>
        <source>The pause note is too long ({length} characters, at most {limit}).</source>
        <translation>Примітка до паузи задовга ({length} символів, не більше {limit}).</translation>
    </message>
    <message>
        <source>The employee {name} does not exist any more.</source>
        <translation>Співробітника {name} більше немає в базі.</translation>
    </message>
    <message>
        <source>{value} is not a valid {what} of a call.</source>
        <translation>{value} — неприпустиме значення поля «{what}» дзвінка.</translation>
    </message>
    <message>
        <source>The call ends ({end}) before it starts ({start}).</source>
        <translation>Дзвінок закінчується ({end}) раніше, ніж починається ({start}).</translation>
    </message>
    <message>
        <source>The call was answered ({time}) outside its own start and end.</source>
        <translation>Час відповіді на дзвінок ({time}) поза часом його початку й закінчення.</translation>
    </message>
    <message>
        <source>The call starts in the future ({start}).</source>
        <translation>Дзвінок починається в майбутньому ({start}).</translation>
    </message>
    <message>
        <source>{number} is not an internal extension.</source>
        <translation>{number} не є внутрішнім номером.</translation>
    </message>
    <message>
        <source>Only a call still going is opened.</source>
        <translation>Відкривається лише дзвінок, що ще триває.</translation>
    </message>
    <message>
        <source>direction</source>
        <translation>напрямок</translation>
    </message>
    <message>
        <source>outcome</source>
        <translation>результат</translation>
    </message>
    <message>
        <source>hang-up side</source>
        <translation>хто завершив</translation>
    </message>
    <message>
        <source>An answered call needs the time it was answered.</source>
        <translation>Для прийнятого дзвінка потрібен час відповіді.</translation>
    </message>
    <message>
        <source>Fill in both the PBX address and the extension, or leave both empty.</source>
        <translation>Заповніть і адресу АТС, і внутрішній номер або залиште обидва поля порожніми.</translation>
    </message>
    <message>
        <source>{value} is not a host name or an address of the PBX.</source>
        <translation>{value} — не ім&apos;я і не адреса АТС.</translation>
    </message>
    <message>
        <source>{value} is not a valid SIP user name.</source>
        <translation>{value} — неприпустиме ім&apos;я користувача SIP.</translation>
    </message>
    <message>
        <source>The SIP port must be between 1 and 65535.</source>
        <translation>Порт SIP має бути від 1 до 65535.</translation>
    </message>
    <message>
        <source>The SIP transport must be UDP or TCP.</source>
        <translation>Транспорт SIP — UDP або TCP.</translation>
    </message>
    <message>
        <source>{value} is not a feature code: use digits, * and # only.</source>
        <translation>{value} — не код АТС: допустимі лише цифри, * і #.</translation>
    </message>
    <message>
        <source>The wrap-up pause lasts 0 to {limit} seconds.</source>
        <translation>Пауза на обробку триває від 0 до {limit} секунд.</translation>
    </message>
    <message>
        <source>A volume is 0 to {limit} %.</source>
        <translation>Гучність — від 0 до {limit} %.</translation>
    </message>
    <message>
        <source>{value} is not a number format.</source>
        <translation>{value} — не формат номера.</translation>
    </message>
    <message>
        <source>PBX data: no collector yet</source>
        <translation>Дані АТС: збирач не запущений</translation>
    </message>
    <message>
        <source>Calls come from the PBX, but no collector has run yet: start &apos;calldesk collect&apos; (Administration -&gt; PBX).</source>
        <translation>Дзвінки беруться з АТС, але збирач ще не запускався: запустіть «calldesk collect» (Адміністрування → АТС).</translation>
    </message>
    <message>
        <source>Collector {holder}: {rows} records read, {calls} calls written, {skipped} skipped.</source>
        <translation>Збирач {holder}: прочитано записів: {rows}, записано дзвінків: {calls}, пропущено: {skipped}.</translation>
    </message>
    <message>
        <source>PBX collector stopped {minutes} min ago</source>
        <translation>Збирач АТС зупинено {minutes} хв тому</translation>
    </message>
    <message>
        <source>{counts} Last error: {error}</source>
        <translation>{counts} Остання помилка: {error}</translation>
    </message>
    <message>
        <source>PBX collector: connection problem, retrying</source>
        <translation>Збирач АТС: немає зв&apos;язку, повторює спроби</translation>
    </message>
    <message>
        <source>PBX data {minutes} min behind</source>
        <translation>Дані АТС відстають на {minutes} хв</translation>
    </message>
    <message>
        <source>The {what} address is not a database URL or a file:// path: {value}</source>
        <translation>Адреса {what} — не URL бази даних і не шлях file://: {value}</translation>
    </message>
    <message>
        <source>The trunk pattern {pattern} is not valid: {reason}</source>
        <translation>Шаблон транка {pattern} неправильний: {reason}</translation>
    </message>
    <message>
        <source>Unknown time zone {zone}: use a name like Europe/Moscow or UTC.</source>
        <translation>Невідомий часовий пояс {zone}: вкажіть назву на зразок Europe/Moscow або UTC.</translation>
    </message>
    <message>
        <source>Call center</source>
        <translation>Колл-центр</translation>
    </message>
    <message>
        <source>Lost calls and callbacks</source>
        <translation>Пропущені та передзвони</translation>
    </message>
    <message>
        <source>Operator KPI</source>
        <translation>Показники операторів</translation>
    </message>
    <message>
        <source>Call detail</source>
        <translation>Деталізація дзвінків</translation>
    </message>
    <message>
        <source>Traffic distribution</source>
        <translation>Розподіл навантаження</translation>
    </message>
    <message>
        <source>Wait times and disconnection causes</source>
        <translation>Очікування та причини завершення</translation>
    </message>
    <message>
        <source>Client cards</source>
        <translation>Картки клієнтів</translation>
    </message>
    <message>
        <source>Repeat callers</source>
        <translation>Повторні дзвінки</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Події</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Завдання</translation>
    </message>
    <message>
        <source>Recording access</source>
        <translation>Доступ до записів</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Період</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Менеджер</translation>
    </message>
    <message>
        <source>Cards created</source>
        <translation>Створено карток</translation>
    </message>
    <message>
        <source>Created by</source>
        <translation>Хто створив</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Виконавець</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Виконано</translation>
    </message>
    <message>
        <source>Completed on time</source>
        <translation>Виконано вчасно</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Прострочено</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Заплановано</translation>
    </message>
    <message>
        <source>Cards changed</source>
        <translation>Змінено карток</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Змін</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Оператор</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Клієнт</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Напрямок</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Wait</source>
        <translation>Очікування</translation>
    </message>
    <message>
        <source>Talk</source>
        <translation>Розмова</translation>
    </message>
    <message>
        <source>Transfers</source>
        <translation>Переведення</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Дзвінок</translation>
    </message>
    <message>
        <source>DID</source>
        <translation>Номер лінії</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Черга</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Вирішення</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Вирішено</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Ким</translation>
    </message>
    <message>
        <source>Time to callback</source>
        <translation>Час до передзвону</translation>
    </message>
    <message>
        <source>Incoming taken</source>
        <translation>Прийнято вхідних</translation>
    </message>
    <message>
        <source>Outgoing made</source>
        <translation>Зроблено вихідних</translation>
    </message>
    <message>
        <source>Outgoing reached</source>
        <translation>Додзвонилися</translation>
    </message>
    <message>
        <source>Missed while on duty</source>
        <translation>Пропущено на зміні</translation>
    </message>
    <message>
        <source>Total talk</source>
        <translation>Розмови загалом</translation>
    </message>
    <message>
        <source>Average talk</source>
        <translation>Середня розмова</translation>
    </message>
    <message>
        <source>Average handle time</source>
        <translation>Середній час обробки</translation>
    </message>
    <message>
        <source>Pauses</source>
        <translation>Паузи</translation>
    </message>
    <message>
        <source>Time logged in</source>
        <translation>Час у системі</translation>
    </message>
    <message>
        <source>Callbacks made</source>
        <translation>Передзвонів</translation>
    </message>
    <message>
        <source>Share of the team&apos;s calls</source>
        <translation>Частка дзвінків команди</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Дзвінки</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Прийнято</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>Пропущено</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Втрачено</translation>
    </message>
    <message>
        <source>First call</source>
        <translation>Перший дзвінок</translation>
    </message>
    <message>
        <source>Last call</source>
        <translation>Останній дзвінок</translation>
    </message>
    <message>
        <source>Day of week</source>
        <translation>День тижня</translation>
    </message>
    <message>
        <source>Hour</source>
        <translation>Година</translation>
    </message>
    <message>
        <source>Offered</source>
        <translation>Надійшло</translation>
    </message>
    <message>
        <source>Service level %</source>
        <translation>Рівень обслуговування, %</translation>
    </message>
    <message>
        <source>Peak concurrent calls</source>
        <translation>Пік одночасних</translation>
    </message>
    <message>
        <source>Wait, s</source>
        <translation>Очікування, с</translation>
    </message>
    <message>
        <source>Answered, cumulative %</source>
        <translation>Прийнято, накопичений %</translation>
    </message>
    <message>
        <source>Abandoned</source>
        <translation>Покинуто</translation>
    </message>
    <message>
        <source>Abandoned, cumulative %</source>
        <translation>Покинуто, накопичений %</translation>
    </message>
    <message>
        <source>Incoming</source>
        <translation>Вхідні</translation>
    </message>
    <message>
        <source>Outgoing</source>
        <translation>Вихідні</translation>
    </message>
    <message>
        <source>Internal</source>
        <translation>Внутрішні</translation>
    </message>
    <message>
        <source>Called back</source>
        <translation>Передзвонили</translation>
    </message>
    <message>
        <source>Answer %</source>
        <translation>Прийнято, %</translation>
    </message>
    <message>
        <source>Abandon %</source>
        <translation>Втрачено, %</translation>
    </message>
    <message>
        <source>Average speed of answer</source>
        <translation>Середній час відповіді</translation>
    </message>
    <message>
        <source>Max wait</source>
        <translation>Макс. очікування</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Назва</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Пріоритет</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Клієнти</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Створено</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Термін</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Закрите</translation>
    </message>
    <message>
        <source>Hours spent</source>
        <translation>Витрачено годин</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Нове</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>В роботі</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Готове</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Низький</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Звичайний</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Високий</translation>
    </message>
    <message>
        <source>Accessed</source>
        <translation>Коли</translation>
    </message>
    <message>
        <source>Employee</source>
        <translation>Співробітник</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Дія</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>Частина</translation>
    </message>
    <message>
        <source>Recording</source>
        <translation>Запис</translation>
    </message>
    <message>
        <source>Listened</source>
        <translation>Прослухав</translation>
    </message>
    <message>
        <source>Downloaded</source>
        <translation>Завантажив</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Разом</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>Понеділок</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>Вівторок</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>Середа</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>Четвер</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>П&apos;ятниця</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>Субота</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>Неділя</translation>
    </message>
    <message>
        <source>Caller</source>
        <translation>Абонент</translation>
    </message>
    <message>
        <source>Timeout or system</source>
        <translation>Тайм-аут або система</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>Переведення</translation>
    </message>
    <message>
        <source>Called back within 15 min</source>
        <translation>Передзвонили за 15 хв</translation>
    </message>
    <message>
        <source>Called back the same day</source>
        <translation>Передзвонили того ж дня</translation>
    </message>
    <message>
        <source>Not called back</source>
        <translation>Не передзвонили</translation>
    </message>
    <message>
        <source>We called back</source>
        <translation>Ми передзвонили</translation>
    </message>
    <message>
        <source>They got through</source>
        <translation>Додзвонилися самі</translation>
    </message>
    <message>
        <source>Median time to callback</source>
        <translation>Медіана часу до передзвону</translation>
    </message>
    <message>
        <source>The period is longer than 5 years: choose a shorter one.</source>
        <translation>Період довший за 5 років: виберіть коротший.</translation>
    </message>
    <message>
        <source>Repeat callers need at least 2 calls within at least 1 day.</source>
        <translation>Для повторних дзвінків потрібно щонайменше 2 дзвінки щонайменше за 1 день.</translation>
    </message>
    <message>
        <source>A page holds 1 to 1000 rows.</source>
        <translation>На сторінці від 1 до 1000 рядків.</translation>
    </message>
    <message>
        <source>Tasks are chosen by due or created date, as assignee, creator or any.</source>
        <translation>Завдання обираються за терміном або датою створення: як виконавець, автор або будь-хто з них.</translation>
    </message>
    <message>
        <source>Thresholds are seconds, 0 or more.</source>
        <translation>Пороги задаються в секундах, 0 або більше.</translation>
    </message>
    <message>
        <source>There is no report {name}; the reports are: {names}.</source>
        <translation>Звіту {name} немає; є звіти: {names}.</translation>
    </message>
    <message>
        <source>This report covers every operator&apos;s calls; you may see only your own. Ask an administrator for the permission to see all calls.</source>
        <translation>Цей звіт охоплює дзвінки всіх операторів, а вам доступні лише ваші. Попросіть адміністратора надати право «Бачити всі дзвінки».</translation>
    </message>
    <message>
        <source>{employee} is already calling this number back (until {time})</source>
        <translation>{employee} вже передзвонює на цей номер (до {time})</translation>
    </message>
    <message>
        <source>A call without a number cannot be taken</source>
        <translation>Дзвінок без номера не можна взяти в роботу</translation>
    </message>
    <message>
        <source>the caller hung up</source>
        <translation>абонент поклав слухавку</translation>
    </message>
    <message>
        <source>the employee hung up</source>
        <translation>співробітник поклав слухавку</translation>
    </message>
    <message>
        <source>the PBX ended the call</source>
        <translation>АТС завершила дзвінок</translation>
    </message>
    <message>
        <source>{time}: called, waited {seconds} s</source>
        <translation>{time}: дзвонив, чекав {seconds} с</translation>
    </message>
    <message>
        <source>rang nobody (IVR or queue only)</source>
        <translation>не додзвонився до жодного (лише IVR або черга)</translation>
    </message>
    <message>
        <source>rang {employee} for {seconds} s, no answer</source>
        <translation>дзвінок надходив: {employee}, {seconds} с, немає відповіді</translation>
    </message>
    <message>
        <source>{time}: {employee} called back, no answer</source>
        <translation>{time}: {employee} передзвонив(ла), немає відповіді</translation>
    </message>
    <message>
        <source>Still open: nobody has talked to the caller</source>
        <translation>Ще відкрито: з абонентом ніхто не поговорив</translation>
    </message>
    <message>
        <source>closed by {employee} after {minutes} min</source>
        <translation>закрито: {employee} через {minutes} хв</translation>
    </message>
    <message>
        <source>The working day must end after it starts.</source>
        <translation>Робочий день має закінчуватися пізніше, ніж починається.</translation>
    </message>
    <message>
        <source>The callback target is 1 to {limit} minutes.</source>
        <translation>Строк передзвону — від 1 до {limit} хвилин.</translation>
    </message>
    <message>
        <source>Repeated calls collapse over 0 to {limit} hours.</source>
        <translation>Повторні дзвінки об&apos;єднуються за 0–{limit} годин.</translation>
    </message>
    <message>
        <source>Taking a caller holds for 1 to {limit} minutes.</source>
        <translation>«Взяти в роботу» тримається від 1 до {limit} хвилин.</translation>
    </message>
    <message>
        <source>The recording {file} is not a plain WAV file; only WAV recordings of the same format can be joined into one file.</source>
        <translation>Запис {file} — не звичайний файл WAV; склеїти в один файл можна лише записи WAV одного формату.</translation>
    </message>
    <message>
        <source>The recording {file} is {rate} Hz, {bits} bit, {channels} channel(s); the first part is {first_rate} Hz, {first_bits} bit, {first_channels} channel(s). Only recordings of the same format can be joined into one file.</source>
        <translation>Запис {file}: {rate} Гц, {bits} біт, каналів: {channels}; перша частина: {first_rate} Гц, {first_bits} біт, каналів: {first_channels}. Склеїти в один файл можна лише записи одного формату.</translation>
    </message>
    <message>
        <source>{name} is not a database name (letters, digits, _ $ -).</source>
        <translation>{name} — не назва бази даних (літери, цифри, _ $ -).</translation>
    </message>
    <message>
        <source>{name} is not a user name (letters, digits, _ $ -).</source>
        <translation>{name} — не ім&apos;я користувача (літери, цифри, _ $ -).</translation>
    </message>
    <message>
        <source>{name} is not a host name, address or pattern.</source>
        <translation>{name} — не ім&apos;я комп&apos;ютера, адреса чи шаблон.</translation>
    </message>
    <message>
        <source>The demo line runs only on the demo database.</source>
        <translation>Демо-лінія працює лише з демонстраційною базою.</translation>
    </message>
    <message>
        <source>The transfer was cancelled.</source>
        <translation>Передавання файлу скасовано.</translation>
    </message>
    <message>
        <source>The disk is full: {path} could not be written.</source>
        <translation>Диск заповнено: не вдалося записати {path}.</translation>
    </message>
    <message>
        <source>The file could not be transferred ({path}): {reason}.</source>
        <translation>Не вдалося передати файл ({path}): {reason}.</translation>
    </message>
    <message>
        <source>The task no longer exists or is not yours.</source>
        <translation>Завдання видалене або недоступне вам.</translation>
    </message>
    <message>
        <source>The file is larger than {limit} MB.</source>
        <translation>Файл більший за {limit} МБ.</translation>
    </message>
    <message>
        <source>The file was deleted.</source>
        <translation>Файл видалено.</translation>
    </message>
    <message>
        <source>The file store has no file {path}.</source>
        <translation>У сховищі файлів немає файлу {path}.</translation>
    </message>
    <message>
        <source>Choose STARTTLS, SSL or no encryption.</source>
        <translation>Оберіть STARTTLS, SSL або без шифрування.</translation>
    </message>
    <message>
        <source>«{address}» is not an e-mail address.</source>
        <translation>«{address}» — не адреса електронної пошти.</translation>
    </message>
    <message>
        <source>The attached file was deleted.</source>
        <translation>Доданий файл видалено.</translation>
    </message>
    <message>
        <source>Attachments over {limit} MB are not sent by mail.</source>
        <translation>Вкладення понад {limit} МБ поштою не надсилаються.</translation>
    </message>
    <message>
        <source>The mail server did not accept the login {login}.</source>
        <translation>Поштовий сервер не прийняв логін {login}.</translation>
    </message>
    <message>
        <source>The mail server&apos;s certificate is not trusted: {problem}</source>
        <translation>Сертифікат поштового сервера не довірений: {problem}</translation>
    </message>
    <message>
        <source>The letter was not sent: {problem}</source>
        <translation>Лист не надіслано: {problem}</translation>
    </message>
    <message>
        <source>{employee} changed this task meanwhile. Reopen it to see their changes.</source>
        <translation>{employee} вже змінив(ла) це завдання. Відкрийте його знову, щоб побачити зміни.</translation>
    </message>
    <message>
        <source>Enter the task&apos;s title.</source>
        <translation>Введіть назву завдання.</translation>
    </message>
    <message>
        <source>The title is longer than {limit} characters.</source>
        <translation>Назва довша за {limit} символів.</translation>
    </message>
    <message>
        <source>Enter the hours spent on the task.</source>
        <translation>Вкажіть, скільки годин витрачено на завдання.</translation>
    </message>
    <message>
        <source>The assignee is no longer an active employee.</source>
        <translation>Виконавець більше не працює в компанії.</translation>
    </message>
    <message>
        <source>The comment is empty.</source>
        <translation>Коментар порожній.</translation>
    </message>
    <message>
        <source>Too many tasks for one Excel sheet.</source>
        <translation>Забагато завдань для одного аркуша Excel.</translation>
    </message>
    <message>
        <source>The tasks report has no column {names}; it has: {keys}.</source>
        <translation>У звіті із завдань немає колонки {names}; є: {keys}.</translation>
    </message>
    <message>
        <source>The event has been deleted meanwhile</source>
        <translation>Подію тим часом видалено</translation>
    </message>
    <message>
        <source>Someone else changed the event meanwhile: {description} ({time}, {assignee}). Open it again and make your change</source>
        <translation>Подію тим часом змінив інший співробітник, зараз записано: {description} ({time}, {assignee}). Відкрийте подію знову і внесіть зміну</translation>
    </message>
    <message>
        <source>Describe the event</source>
        <translation>Опишіть подію</translation>
    </message>
    <message>
        <source>The description is longer than {limit} characters</source>
        <translation>Опис довший за {limit} символів</translation>
    </message>
    <message>
        <source>A reminder cannot come after the event</source>
        <translation>Нагадування не може бути пізніше за подію</translation>
    </message>
    <message>
        <source>Choose an active employee to assign</source>
        <translation>Виберіть виконавця з працюючих співробітників</translation>
    </message>
    <message>
        <source>Only the one who created an event makes events linked to it</source>
        <translation>Пов&apos;язані події створює лише той, хто створив подію</translation>
    </message>
    <message>
        <source>You may not change this event</source>
        <translation>У вас немає права змінювати цю подію</translation>
    </message>
    <message>
        <source>A completed event cannot be moved</source>
        <translation>Виконану подію не можна перенести</translation>
    </message>
    <message>
        <source>Only the one who created an event deletes it</source>
        <translation>Видалити подію може лише той, хто її створив</translation>
    </message>
    <message>
        <source>A read replica needs a MySQL or MariaDB database.</source>
        <translation>Репліка для читання можлива лише для бази MySQL або MariaDB.</translation>
    </message>
    <message>
        <source>{value} is not a host:port address of a read replica.</source>
        <translation>{value} — не адреса репліки у вигляді «сервер:порт».</translation>
    </message>
    <message>
        <source>Fill in both the PBX address and the extension.</source>
        <translation>Заповніть і адресу АТС, і внутрішній номер.</translation>
    </message>
    <message>
        <source>The SIP account {account} already belongs to {owner}.</source>
        <translation>Обліковий запис SIP {account} вже належить співробітникові {owner}.</translation>
    </message>
    <message>
        <source>Someone changed this SIP account meanwhile. Open it again to see the change.</source>
        <translation>Хтось уже змінив цей обліковий запис SIP. Відкрийте його знову, щоб побачити зміни.</translation>
    </message>
    <message>
        <source>Enter the view&apos;s name.</source>
        <translation>Введіть назву подання.</translation>
    </message>
    <message>
        <source>The view&apos;s name is longer than {limit} characters.</source>
        <translation>Назва подання довша за {limit} символів.</translation>
    </message>
    <message>
        <source>You have {limit} views already: delete one first.</source>
        <translation>У вас уже {limit} подань: спочатку видаліть одне.</translation>
    </message>
    <message>
        <source>Only supervisors and administrators may see who listened to recordings.</source>
        <translation>Хто слухав записи, бачать лише керівники та адміністратори.</translation>
    </message>
    <message>
        <source>The change would clear the value on {cards} cards.</source>
        <translation>Зміна очистить значення в картках: {cards}.</translation>
    </message>
    <message>
        <source>«{name}» is too long (at most {limit} characters).</source>
        <translation>«{name}» — задовго (не більше {limit} символів).</translation>
    </message>
    <message>
        <source>Every list item needs a name.</source>
        <translation>Кожен елемент списку повинен мати назву.</translation>
    </message>
    <message>
        <source>The item «{name}» is in the list twice.</source>
        <translation>Елемент «{name}» трапляється в списку двічі.</translation>
    </message>
    <message>
        <source>A list needs at least one item.</source>
        <translation>У списку має бути хоча б один елемент.</translation>
    </message>
    <message>
        <source>Enter the list&apos;s name.</source>
        <translation>Введіть назву списку.</translation>
    </message>
    <message>
        <source>A list «{name}» already exists.</source>
        <translation>Список «{name}» вже існує.</translation>
    </message>
    <message>
        <source>The list no longer exists.</source>
        <translation>Списку більше немає.</translation>
    </message>
    <message>
        <source>Someone else changed the list «{name}» meanwhile: reopen it to see their changes.</source>
        <translation>Список «{name}» тим часом змінив інший користувач: відкрийте його знову, щоб побачити зміни.</translation>
    </message>
    <message>
        <source>Someone else removed an item of this list meanwhile: reopen it.</source>
        <translation>Інший користувач тим часом видалив елемент цього списку: відкрийте список знову.</translation>
    </message>
    <message>
        <source>The list is used by the fields {fields}: change or delete them first.</source>
        <translation>Список використовується в полях {fields}: спочатку змініть або видаліть їх.</translation>
    </message>
    <message>
        <source>Another administrator has changed the permissions of {name} meanwhile. The list is read again: make your change once more.</source>
        <translation>Інший адміністратор тим часом змінив права співробітника {name}. Список перечитано: внесіть зміну ще раз.</translation>
    </message>
    <message>
        <source>At least one active employee must keep administration.</source>
        <translation>Принаймні один активний співробітник має зберегти право адміністрування.</translation>
    </message>
    <message>
        <source>No recordings folder is configured on this workstation: the softphone&apos;s recordings wait on this computer.</source>
        <translation>На цьому робочому місці не налаштовано папку записів: записи софтфона чекають на цьому комп&apos;ютері.</translation>
    </message>
    <message>
        <source>The recording {file} could not be uploaded to {url} ({error}); it waits on this computer and is tried again.</source>
        <translation>Запис {file} не вдалося завантажити на {url} ({error}); він чекає на цьому комп&apos;ютері, спробу буде повторено.</translation>
    </message>
    <message>
        <source>The recording {file} could not be copied to the recordings folder {folder} ({error}); it waits on this computer and is tried again.</source>
        <translation>Запис {file} не вдалося скопіювати до папки записів {folder} ({error}); він чекає на цьому комп&apos;ютері, спробу буде повторено.</translation>
    </message>
    <message>
        <source>Another administrator changed the groups of {name} meanwhile: the current ones are shown, choose again.</source>
        <translation>Інший адміністратор тим часом змінив групи співробітника {name}: показано поточні, оберіть заново.</translation>
    </message>
</context>
<context>
    <name>journal</name>
    <message>
        <source>Marks</source>
        <translation>Позначки</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Дата й час</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Напрямок</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Клієнт</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Номер телефону</translation>
    </message>
    <message>
        <source>Employee</source>
        <translation>Співробітник</translation>
    </message>
    <message>
        <source>Callback</source>
        <translation>Передзвін</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Посада</translation>
    </message>
    <message>
        <source>Responsible manager</source>
        <translation>Відповідальний менеджер</translation>
    </message>
    <message>
        <source>Responsible match</source>
        <translation>Відповідність відповідального</translation>
    </message>
    <message>
        <source>Wait duration</source>
        <translation>Тривалість очікування</translation>
    </message>
    <message>
        <source>Wait</source>
        <translation>Очікування</translation>
    </message>
    <message>
        <source>Talk duration</source>
        <translation>Тривалість розмови</translation>
    </message>
    <message>
        <source>Talk</source>
        <translation>Розмова</translation>
    </message>
    <message>
        <source>Recording</source>
        <translation>Запис</translation>
    </message>
    <message>
        <source>Transfers</source>
        <translation>Переведення</translation>
    </message>
    <message>
        <source>Hung up</source>
        <translation>Завершив</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Черга</translation>
    </message>
    <message>
        <source>Queue result</source>
        <translation>Підсумок черги</translation>
    </message>
    <message>
        <source>Time in queue</source>
        <translation>Час у черзі</translation>
    </message>
    <message>
        <source>Line (DID)</source>
        <translation>Лінія (DID)</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Вартість</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Коментар</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Прийнятий</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>Додзвонились</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>Немає відповіді</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Втрачений</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Скасований</translation>
    </message>
    <message>
        <source>Busy</source>
        <translation>Зайнято</translation>
    </message>
    <message>
        <source>Unreachable</source>
        <translation>Недоступний</translation>
    </message>
    <message>
        <source>Not answered</source>
        <translation>Не відповіли</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Відхилено</translation>
    </message>
    <message>
        <source>No free channels</source>
        <translation>Немає вільних каналів</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>В процесі</translation>
    </message>
    <message>
        <source>Incoming</source>
        <translation>Вхідний</translation>
    </message>
    <message>
        <source>Outgoing</source>
        <translation>Вихідний</translation>
    </message>
    <message>
        <source>Internal</source>
        <translation>Внутрішній</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Система</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Відповіли</translation>
    </message>
    <message>
        <source>Transferred</source>
        <translation>Переведено</translation>
    </message>
    <message>
        <source>Caller left</source>
        <translation>Абонент пішов</translation>
    </message>
    <message>
        <source>Timed out</source>
        <translation>Минув час</translation>
    </message>
    <message>
        <source>Left with a key</source>
        <translation>Вийшов за клавішею</translation>
    </message>
    <message>
        <source>Left: no agents</source>
        <translation>Вийшов: немає операторів</translation>
    </message>
    <message>
        <source>Not queued: empty</source>
        <translation>Не в черзі: порожньо</translation>
    </message>
    <message>
        <source>Not queued: no agents</source>
        <translation>Не в черзі: немає операторів</translation>
    </message>
</context>
<context>
    <name>startup</name>
    <message>
        <source>Demo database. Logins: {logins}; password for all: {password}</source>
        <translation>Демонстраційна база. Логіни: {logins}; пароль для всіх: {password}</translation>
    </message>
    <message>
        <source>First start: creating the demo database ({calls} calls)…</source>
        <translation>Перший запуск: створюється демонстраційна база ({calls} дзвінків)…</translation>
    </message>
    <message>
        <source>Upgrading…</source>
        <translation>Оновлення…</translation>
    </message>
    <message>
        <source>Database password</source>
        <translation>Пароль бази даних</translation>
    </message>
    <message>
        <source>Password for {url}:</source>
        <translation>Пароль для {url}:</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Підключення…</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Перевірка…</translation>
    </message>
    <message>
        <source>Upgrade the database now? Every workstation must then run this version of CallDesk.</source>
        <translation>Оновити базу даних зараз? Після цього на всіх робочих місцях має працювати ця версія CallDesk.</translation>
    </message>
    <message>
        <source>Logging in…</source>
        <translation>Вхід…</translation>
    </message>
    <message>
        <source>Demo database</source>
        <translation>Демонстраційна база</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Запуск…</translation>
    </message>
</context>
<context>
    <name>tasks</name>
    <message>
        <source>New</source>
        <translation>Нове</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>В роботі</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Готове</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Закрите</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Низький</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Звичайний</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Високий</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Створено</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Назва</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Опис</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Пріоритет</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Термін</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>Нагадування</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Виконавець</translation>
    </message>
    <message>
        <source>Hours spent</source>
        <translation>Витрачено годин</translation>
    </message>
    <message>
        <source>Closed at</source>
        <translation>Закрито</translation>
    </message>
    <message>
        <source>Client filter</source>
        <translation>Відбір клієнтів</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Клієнти</translation>
    </message>
</context>
</TS>
