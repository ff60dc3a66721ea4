-- One-time set-up of Kvalitet's database on the production MySQL 8 server. Run as a MySQL
-- administrator, after replacing the host pattern and the password:
--
--   mysql -u root -p < mysql-init.sql
--
-- Creates the database and the one account the application uses. The tables are NOT created
-- here: the application applies the Flyway migrations (db/migration in the WAR) itself at
-- start-up, with this same account. The account therefore may change the schema of this one
-- database (CREATE, ALTER, DROP, INDEX, REFERENCES), read and write its rows, and nothing else:
-- no other database, no global privileges, no GRANT OPTION.

CREATE DATABASE IF NOT EXISTS kvalitet
    CHARACTER SET utf8mb4
    COLLATE utf8mb4_unicode_ci;

-- '10.0.0.%' = the address (or subnet) of the application server(s): narrow it to what you have.
-- Use the same password as DB_PASSWORD in /etc/kvalitet/kvalitet.env.
CREATE USER IF NOT EXISTS 'kvalitet'@'10.0.0.%'
    IDENTIFIED BY 'change-me'
    REQUIRE SSL;

-- Rows: what the application does at run time.
GRANT SELECT, INSERT, UPDATE, DELETE ON kvalitet.* TO 'kvalitet'@'10.0.0.%';

-- Schema: what Flyway needs to apply migrations and keep its flyway_schema_history table.
-- (Flyway on MySQL serialises concurrent start-ups with GET_LOCK, which needs no privilege.)
-- If a future migration adds views, triggers or routines, grant CREATE VIEW, SHOW VIEW, TRIGGER,
-- CREATE ROUTINE or ALTER ROUTINE here as well, and say so in that migration's comment.
GRANT CREATE, ALTER, DROP, INDEX, REFERENCES ON kvalitet.* TO 'kvalitet'@'10.0.0.%';

-- Recommended in the server configuration (my.cnf), not here: default_time_zone = '+00:00', so
-- that TIMESTAMP columns are never converted through a zone with daylight-saving gaps.
