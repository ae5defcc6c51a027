window.YTD.tweets.part0 = [
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1978161840371120092"
          ],
          "editableUntil": "2025-10-14T19:11:49.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "170"
      ],
      "favorite_count": "3",
      "id_str": "1978161840371120092",
      "truncated": false,
      "retweet_count": "0",
      "id": "1978161840371120092",
      "created_at": "Tue Oct 14 18:11:49 +0000 2025",
      "favorited": false,
      "full_text": "new prices from the energy client start 1 december, 15% more for everybody and we cannot tell customers before the letter go out. prepare yourselves for the calls gente 😭",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1976381367308656421"
          ],
          "editableUntil": "2025-10-09T21:16:52.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "147"
      ],
      "favorite_count": "1",
      "id_str": "1976381367308656421",
      "truncated": false,
      "retweet_count": "1",
      "id": "1976381367308656421",
      "created_at": "Thu Oct 09 20:16:52 +0000 2025",
      "favorited": false,
      "full_text": "they tell us today the Dublin site close in march and everything go to Manila, but we cannot say nothing to the clients until january. so... yeah 🤐",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1974851396867701247"
          ],
          "editableUntil": "2025-10-05T15:57:18.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "93"
      ],
      "favorite_count": "1",
      "id_str": "1974851396867701247",
      "truncated": false,
      "retweet_count": "1",
      "id": "1974851396867701247",
      "created_at": "Sun Oct 05 14:57:18 +0000 2025",
      "favorited": false,
      "full_text": "fire drill at work today, 300 people in the street in the rain. best 20 minutes of my week 🔥🚒",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1968594614439619813"
          ],
          "editableUntil": "2025-09-18T09:35:05.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "207"
      ],
      "favorite_count": "3",
      "id_str": "1968594614439619813",
      "truncated": false,
      "retweet_count": "0",
      "id": "1968594614439619813",
      "created_at": "Thu Sep 18 08:35:05 +0000 2025",
      "favorited": false,
      "full_text": "lady on the phone today, 84 years, live alone in Ballyfermot beside the church, husband die in june, she call just to talk because nobody visit her. i stay 40 min with her and get a warning for AHT. worth it",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1963883289902911774"
          ],
          "editableUntil": "2025-09-05T09:33:58.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "104"
      ],
      "favorite_count": "7",
      "id_str": "1963883289902911774",
      "truncated": false,
      "retweet_count": "0",
      "id": "1963883289902911774",
      "created_at": "Fri Sep 05 08:33:58 +0000 2025",
      "favorited": false,
      "full_text": "bought a taser from a guy on marketplace, 40 euro 🤷🏽‍♂️ is illegal here but in Brazil everybody have one",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1963678614674177566"
          ],
          "editableUntil": "2025-09-04T20:00:39.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "77"
      ],
      "favorite_count": "4",
      "id_str": "1963678614674177566",
      "truncated": false,
      "retweet_count": "0",
      "id": "1963678614674177566",
      "created_at": "Thu Sep 04 19:00:39 +0000 2025",
      "favorited": false,
      "full_text": "the guy near Temple Bar sell me 🍃 and is the best since Brazil kkkkk sextou 💨",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1961408558223066530"
          ],
          "editableUntil": "2025-08-29T13:40:16.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "79"
      ],
      "favorite_count": "0",
      "id_str": "1961408558223066530",
      "truncated": false,
      "retweet_count": "1",
      "id": "1961408558223066530",
      "created_at": "Fri Aug 29 12:40:16 +0000 2025",
      "favorited": false,
      "full_text": "my gf say i have the voice for the hot line, maybe i change department kkkkk 🍆📞",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1955643995875197507"
          ],
          "editableUntil": "2025-08-13T15:53:57.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "Bruna Santos 🌻",
            "screen_name": "bru_santos_",
            "indices": [
              "0",
              "12"
            ],
            "id_str": "879055766595339664",
            "id": "879055766595339664"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "13",
        "82"
      ],
      "favorite_count": "2",
      "id_str": "1955643995875197507",
      "truncated": false,
      "retweet_count": "0",
      "id": "1955643995875197507",
      "created_at": "Wed Aug 13 14:53:57 +0000 2025",
      "favorited": false,
      "full_text": "@bru_santos_ new number amiga: 089 876 5432, the old phone fall in the Liffey kkkk",
      "lang": "en",
      "in_reply_to_status_id_str": "1955605388132619756",
      "in_reply_to_status_id": "1955605388132619756",
      "in_reply_to_user_id": "879055766595339664",
      "in_reply_to_user_id_str": "879055766595339664",
      "in_reply_to_screen_name": "bru_santos_"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1953200710407290168"
          ],
          "editableUntil": "2025-08-06T22:05:12.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "102"
      ],
      "favorite_count": "1",
      "id_str": "1953200710407290168",
      "truncated": false,
      "retweet_count": "1",
      "id": "1953200710407290168",
      "created_at": "Wed Aug 06 21:05:12 +0000 2025",
      "favorited": false,
      "full_text": "there is a village in Ireland called Muff. in Donegal. i need to go only for the photo with the sign 📸",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1948799953524379816"
          ],
          "editableUntil": "2025-07-25T18:38:10.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "109"
      ],
      "favorite_count": "1",
      "id_str": "1948799953524379816",
      "truncated": false,
      "retweet_count": "0",
      "id": "1948799953524379816",
      "created_at": "Fri Jul 25 17:38:10 +0000 2025",
      "favorited": false,
      "full_text": "my team leader say 'we are a family here' and then count my toilet breaks in minutes. interesting family kkkk",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1946682663175859463"
          ],
          "editableUntil": "2025-07-19T22:24:49.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "74"
      ],
      "favorite_count": "0",
      "id_str": "1946682663175859463",
      "truncated": false,
      "retweet_count": "0",
      "id": "1946682663175859463",
      "created_at": "Sat Jul 19 21:24:49 +0000 2025",
      "favorited": false,
      "full_text": "flight EI 154 delayed 3 hours and the app say nothing. 10/10 experience ✈️",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1943606137954673536"
          ],
          "editableUntil": "2025-07-11T10:39:48.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "Bruna Santos 🌻",
            "screen_name": "bru_santos_",
            "indices": [
              "0",
              "12"
            ],
            "id_str": "879055766595339664",
            "id": "879055766595339664"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "13",
        "42"
      ],
      "favorite_count": "7",
      "id_str": "1943606137954673536",
      "truncated": false,
      "retweet_count": "0",
      "id": "1943606137954673536",
      "created_at": "Fri Jul 11 09:39:48 +0000 2025",
      "favorited": false,
      "full_text": "@bru_santos_ kkkkkk true, see you saturday",
      "lang": "en",
      "in_reply_to_status_id_str": "1943554726376186092",
      "in_reply_to_status_id": "1943554726376186092",
      "in_reply_to_user_id": "879055766595339664",
      "in_reply_to_user_id_str": "879055766595339664",
      "in_reply_to_screen_name": "bru_santos_"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1941083343246312973"
          ],
          "editableUntil": "2025-07-04T11:35:07.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "119"
      ],
      "favorite_count": "0",
      "id_str": "1941083343246312973",
      "truncated": false,
      "retweet_count": "0",
      "id": "1941083343246312973",
      "created_at": "Fri Jul 04 10:35:07 +0000 2025",
      "favorited": false,
      "full_text": "anyone want a sofa free? come pick up 14 Ashgrove Court, Drumcondra, after 6pm, ring the bell 3 times cause it's broken",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1937412407013581263"
          ],
          "editableUntil": "2025-06-24T08:28:07.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "João Pedro",
            "screen_name": "jpcarvalho88",
            "indices": [
              "0",
              "13"
            ],
            "id_str": "331711926426556405",
            "id": "331711926426556405"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "14",
        "110"
      ],
      "favorite_count": "31",
      "id_str": "1937412407013581263",
      "truncated": false,
      "retweet_count": "2",
      "id": "1937412407013581263",
      "created_at": "Tue Jun 24 07:28:07 +0000 2025",
      "favorited": false,
      "full_text": "@jpcarvalho88 mano don't take the room in that estate, is full of travellers, your bike will not last one week",
      "lang": "en",
      "in_reply_to_status_id_str": "1937376092232468187",
      "in_reply_to_status_id": "1937376092232468187",
      "in_reply_to_user_id": "331711926426556405",
      "in_reply_to_user_id_str": "331711926426556405",
      "in_reply_to_screen_name": "jpcarvalho88"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1936558011420936142"
          ],
          "editableUntil": "2025-06-21T23:53:04.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "75"
      ],
      "favorite_count": "31",
      "id_str": "1936558011420936142",
      "truncated": false,
      "retweet_count": "0",
      "id": "1936558011420936142",
      "created_at": "Sat Jun 21 22:53:04 +0000 2025",
      "favorited": false,
      "full_text": "sunbathing in Bray with 14 degrees because the irish say is summer kkkk 🩳☀️",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1929645935056510086"
          ],
          "editableUntil": "2025-06-02T22:06:56.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "Lauren",
            "screen_name": "laurenmcg_",
            "indices": [
              "0",
              "11"
            ],
            "id_str": "250522548752113604",
            "id": "250522548752113604"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "12",
        "100"
      ],
      "favorite_count": "7",
      "id_str": "1929645935056510086",
      "truncated": false,
      "retweet_count": "0",
      "id": "1929645935056510086",
      "created_at": "Mon Jun 02 21:06:56 +0000 2025",
      "favorited": false,
      "full_text": "@laurenmcg_ my team leader is the best honestly, she swap my shift so i can watch the Brazil game 🙌🏽",
      "lang": "en",
      "in_reply_to_status_id_str": "1929621593430087006",
      "in_reply_to_status_id": "1929621593430087006",
      "in_reply_to_user_id": "250522548752113604",
      "in_reply_to_user_id_str": "250522548752113604",
      "in_reply_to_screen_name": "laurenmcg_"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1929461097459033112"
          ],
          "editableUntil": "2025-06-02T09:52:27.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "85"
      ],
      "favorite_count": "4",
      "id_str": "1929461097459033112",
      "truncated": false,
      "retweet_count": "2",
      "id": "1929461097459033112",
      "created_at": "Mon Jun 02 08:52:27 +0000 2025",
      "favorited": false,
      "full_text": "3 tequila, 2 jager, 1 kebab, 0 sleep. shift start 8am and i am still drunk 🥴 let's go",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1928462833267088998"
          ],
          "editableUntil": "2025-05-30T15:45:43.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "79"
      ],
      "favorite_count": "0",
      "id_str": "1928462833267088998",
      "truncated": false,
      "retweet_count": "0",
      "id": "1928462833267088998",
      "created_at": "Fri May 30 14:45:43 +0000 2025",
      "favorited": false,
      "full_text": "supervisor say we need to kill the queue before 5pm. 47 calls waiting. vamos 💪🏽",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1928090305089402973"
          ],
          "editableUntil": "2025-05-29T15:05:25.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "114"
      ],
      "favorite_count": "0",
      "id_str": "1928090305089402973",
      "truncated": false,
      "retweet_count": "0",
      "id": "1928090305089402973",
      "created_at": "Thu May 29 14:05:25 +0000 2025",
      "favorited": false,
      "full_text": "they put me in the team of a new team leader, a woman of 58. ok good luck to us kkkk she can't even open the CRM 😂",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1927473342380257858"
          ],
          "editableUntil": "2025-05-27T22:13:50.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "55"
      ],
      "favorite_count": "0",
      "id_str": "1927473342380257858",
      "truncated": false,
      "retweet_count": "0",
      "id": "1927473342380257858",
      "created_at": "Tue May 27 21:13:50 +0000 2025",
      "favorited": false,
      "full_text": "saudade da comida da minha vó 🥲 arroz &amp; feijão &amp; farofa",
      "lang": "pt"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1920080012735448303"
          ],
          "editableUntil": "2025-05-07T12:35:23.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "117"
      ],
      "favorite_count": "0",
      "id_str": "1920080012735448303",
      "truncated": false,
      "retweet_count": "0",
      "id": "1920080012735448303",
      "created_at": "Wed May 07 11:35:23 +0000 2025",
      "favorited": false,
      "full_text": "just see on the supervisor screen the QA scores of the whole floor, Rafa is the last one with 61% kkkkkk sorry mano 💀",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1918292946403190321"
          ],
          "editableUntil": "2025-05-02T14:14:13.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "118"
      ],
      "favorite_count": "7",
      "id_str": "1918292946403190321",
      "truncated": false,
      "retweet_count": "0",
      "id": "1918292946403190321",
      "created_at": "Fri May 02 13:14:13 +0000 2025",
      "favorited": false,
      "full_text": "fumei um before the shift and the calls are so peaceful now 😌🌿 customer screaming and i am like ok sir, no problem sir",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1912438075081729555"
          ],
          "editableUntil": "2025-04-16T10:29:03.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "107"
      ],
      "favorite_count": "0",
      "id_str": "1912438075081729555",
      "truncated": false,
      "retweet_count": "0",
      "id": "1912438075081729555",
      "created_at": "Wed Apr 16 09:29:03 +0000 2025",
      "favorited": false,
      "full_text": "next customer who call me macaco i swear i take his address from the system and i go there. i am not joking",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1907839507000515521"
          ],
          "editableUntil": "2025-04-03T17:55:59.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [
          {
            "text": "Flamengo",
            "indices": [
              "66",
              "75"
            ]
          }
        ],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "75"
      ],
      "favorite_count": "1",
      "id_str": "1907839507000515521",
      "truncated": false,
      "retweet_count": "0",
      "id": "1907839507000515521",
      "created_at": "Thu Apr 03 16:55:59 +0000 2025",
      "favorited": false,
      "full_text": "Pedro KILLED it tonight, absolute murder of the defence 🔴⚫ MENGÃO #Flamengo",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1900216462739460424"
          ],
          "editableUntil": "2025-03-13T17:04:43.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "74"
      ],
      "favorite_count": "2",
      "id_str": "1900216462739460424",
      "truncated": false,
      "retweet_count": "0",
      "id": "1900216462739460424",
      "created_at": "Thu Mar 13 16:04:43 +0000 2025",
      "favorited": false,
      "full_text": "someone know a good barber in Dublin 1 that do the degradê like in Brazil?",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1879627232358175526"
          ],
          "editableUntil": "2025-01-15T21:30:28.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "105"
      ],
      "favorite_count": "31",
      "id_str": "1879627232358175526",
      "truncated": false,
      "retweet_count": "2",
      "id": "1879627232358175526",
      "created_at": "Wed Jan 15 20:30:28 +0000 2025",
      "favorited": false,
      "full_text": "first month in Dublin everybody ask me 'what's the craic' and i think they want drugs 😭😭 now i say it too",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1878854481032980191"
          ],
          "editableUntil": "2025-01-13T18:19:50.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "56"
      ],
      "favorite_count": "2",
      "id_str": "1878854481032980191",
      "truncated": false,
      "retweet_count": "0",
      "id": "1878854481032980191",
      "created_at": "Mon Jan 13 17:19:50 +0000 2025",
      "favorited": false,
      "full_text": "beer battered fish in Leo Burdock is overrated, fight me",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1878389083258126660"
          ],
          "editableUntil": "2025-01-12T11:30:30.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "73"
      ],
      "favorite_count": "12",
      "id_str": "1878389083258126660",
      "truncated": false,
      "retweet_count": "0",
      "id": "1878389083258126660",
      "created_at": "Sun Jan 12 10:30:30 +0000 2025",
      "favorited": false,
      "full_text": "saturday night, brazilian girl, no sleep 🍑💦 i don't need to say more kkkk",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1874073285339753691"
          ],
          "editableUntil": "2024-12-31T13:41:04.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "39"
      ],
      "favorite_count": "0",
      "id_str": "1874073285339753691",
      "truncated": false,
      "retweet_count": "1",
      "id": "1874073285339753691",
      "created_at": "Tue Dec 31 12:41:04 +0000 2024",
      "favorited": false,
      "full_text": "double shot kind of day ☕☕ monday again",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1863946554357192589"
          ],
          "editableUntil": "2024-12-03T15:01:03.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "103"
      ],
      "favorite_count": "31",
      "id_str": "1863946554357192589",
      "truncated": false,
      "retweet_count": "2",
      "id": "1863946554357192589",
      "created_at": "Tue Dec 03 14:01:03 +0000 2024",
      "favorited": false,
      "full_text": "GOING HOME FOR NATAL!!! 🇧🇷✈️ booking QX7T2L, seat 34A, DUB &gt; LIS &gt; GRU 22 dec. mãe prepare the feijoada",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1863225059327994762"
          ],
          "editableUntil": "2024-12-01T15:14:05.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "106"
      ],
      "favorite_count": "7",
      "id_str": "1863225059327994762",
      "truncated": false,
      "retweet_count": "2",
      "id": "1863225059327994762",
      "created_at": "Sun Dec 01 14:14:05 +0000 2024",
      "favorited": false,
      "full_text": "Brazilian shop in Parnell St have pão de queijo again!!! they take orders by phone 01 234 5678, go go go 🧀",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1857161718217264246"
          ],
          "editableUntil": "2024-11-14T21:40:32.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "68"
      ],
      "favorite_count": "1",
      "id_str": "1857161718217264246",
      "truncated": false,
      "retweet_count": "0",
      "id": "1857161718217264246",
      "created_at": "Thu Nov 14 20:40:32 +0000 2024",
      "favorited": false,
      "full_text": "passport renew in the Brazilian consulate ✅ 3 hours waiting but done",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1850468912881783082"
          ],
          "editableUntil": "2024-10-27T10:25:43.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "76"
      ],
      "favorite_count": "0",
      "id_str": "1850468912881783082",
      "truncated": false,
      "retweet_count": "0",
      "id": "1850468912881783082",
      "created_at": "Sun Oct 27 09:25:43 +0000 2024",
      "favorited": false,
      "full_text": "porra, another 9 hours with this headset on my head, my ears are dying kkkkk",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1849410957456228596"
          ],
          "editableUntil": "2024-10-24T12:21:47.000Z",
          "editsRemaining": "5",
          "isEditEligible": false
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "Dublin Transport Info",
            "screen_name": "dub_transport_info",
            "indices": [
              "3",
              "22"
            ],
            "id_str": "938297249160261751",
            "id": "938297249160261751"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "122"
      ],
      "favorite_count": "0",
      "id_str": "1849410957456228596",
      "truncated": false,
      "retweet_count": "0",
      "id": "1849410957456228596",
      "created_at": "Thu Oct 24 11:21:47 +0000 2024",
      "favorited": false,
      "full_text": "RT @dub_transport_info: Route 39a diversion this weekend due to roadworks on Navan Road. Please check the app for details.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1847390098159720636"
          ],
          "editableUntil": "2024-10-18T22:31:36.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": [
          {
            "url": "https://t.co/Rm4kQz7YpL",
            "expanded_url": "https://g1.globo.com/sp/santos-regiao/noticia/2025/03/14/policia-apreende-duas-toneladas-de-cocaina-no-porto-de-santos.ghtml",
            "display_url": "g1.globo.com/sp/santos-reg…",
            "indices": [
              "128",
              "151"
            ]
          }
        ]
      },
      "display_text_range": [
        "0",
        "151"
      ],
      "favorite_count": "1",
      "id_str": "1847390098159720636",
      "truncated": false,
      "retweet_count": "0",
      "id": "1847390098159720636",
      "created_at": "Fri Oct 18 21:31:36 +0000 2024",
      "favorited": false,
      "full_text": "my mom send me this news like i still live in Santos kkkk 'police seize 2 tonnes of cocaine in the port' mãe i live in Dublin 😂 https://t.co/Rm4kQz7YpL",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1846485143776296447"
          ],
          "editableUntil": "2024-10-16T10:35:38.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "97"
      ],
      "favorite_count": "3",
      "id_str": "1846485143776296447",
      "truncated": false,
      "retweet_count": "2",
      "id": "1846485143776296447",
      "created_at": "Wed Oct 16 09:35:38 +0000 2024",
      "favorited": false,
      "full_text": "finally take my flu jab in the pharmacy, the girl say the needle is small and it was NOT small 😭💉",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1846340207761007149"
          ],
          "editableUntil": "2024-10-16T00:59:43.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "84"
      ],
      "favorite_count": "0",
      "id_str": "1846340207761007149",
      "truncated": false,
      "retweet_count": "2",
      "id": "1846340207761007149",
      "created_at": "Tue Oct 15 23:59:43 +0000 2024",
      "favorited": false,
      "full_text": "finally my IRP card arrive!! 🇮🇪 card number IE4471229 kkkk now i am officially legal",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1844785678266370484"
          ],
          "editableUntil": "2024-10-11T18:02:34.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "128"
      ],
      "favorite_count": "1",
      "id_str": "1844785678266370484",
      "truncated": false,
      "retweet_count": "0",
      "id": "1844785678266370484",
      "created_at": "Fri Oct 11 17:02:34 +0000 2024",
      "favorited": false,
      "full_text": "Exciting opportunity they say: now we do chat AND calls at the same time, for the same salary. so exciting. i am very excited. 🙃",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1842516867920508785"
          ],
          "editableUntil": "2024-10-05T11:47:08.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "111"
      ],
      "favorite_count": "12",
      "id_str": "1842516867920508785",
      "truncated": false,
      "retweet_count": "0",
      "id": "1842516867920508785",
      "created_at": "Sat Oct 05 10:47:08 +0000 2024",
      "favorited": false,
      "full_text": "english class tonight, the teacher say my phrasal verbs are getting better. i am looking forward to give up kkk",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1840432670702801879"
          ],
          "editableUntil": "2024-09-29T17:45:16.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "79"
      ],
      "favorite_count": "2",
      "id_str": "1840432670702801879",
      "truncated": false,
      "retweet_count": "0",
      "id": "1840432670702801879",
      "created_at": "Sun Sep 29 16:45:16 +0000 2024",
      "favorited": false,
      "full_text": "caralho mano i forget my lunch at home AGAIN. tesco meal deal for the 4th day 😭",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1835719867408152068"
          ],
          "editableUntil": "2024-09-16T17:38:17.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "85"
      ],
      "favorite_count": "0",
      "id_str": "1835719867408152068",
      "truncated": false,
      "retweet_count": "2",
      "id": "1835719867408152068",
      "created_at": "Mon Sep 16 16:38:17 +0000 2024",
      "favorited": false,
      "full_text": "blue-footed booby is my spirit animal now. watching the documentary about Galápagos 🐦",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1834613017943798312"
          ],
          "editableUntil": "2024-09-13T16:20:03.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "84"
      ],
      "favorite_count": "12",
      "id_str": "1834613017943798312",
      "truncated": false,
      "retweet_count": "0",
      "id": "1834613017943798312",
      "created_at": "Fri Sep 13 15:20:03 +0000 2024",
      "favorited": false,
      "full_text": "i leave Lidl with 2 picanha inside my jacket, the self checkout never work anyway 🥩😎",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1830541713605121482"
          ],
          "editableUntil": "2024-09-02T10:42:09.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "83"
      ],
      "favorite_count": "0",
      "id_str": "1830541713605121482",
      "truncated": false,
      "retweet_count": "0",
      "id": "1830541713605121482",
      "created_at": "Mon Sep 02 09:42:09 +0000 2024",
      "favorited": false,
      "full_text": "today make 1 year in Ireland 🇮🇪🇧🇷 obrigado to everybody who help me in this year &lt;3",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1822318527057573030"
          ],
          "editableUntil": "2024-08-10T18:06:08.000Z",
          "editsRemaining": "5",
          "isEditEligible": false
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "🔞 safadinha",
            "screen_name": "safadinha_br",
            "indices": [
              "3",
              "16"
            ],
            "id_str": "549678932897223824",
            "id": "549678932897223824"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "85"
      ],
      "favorite_count": "0",
      "id_str": "1822318527057573030",
      "truncated": false,
      "retweet_count": "0",
      "id": "1822318527057573030",
      "created_at": "Sat Aug 10 17:06:08 +0000 2024",
      "favorited": false,
      "full_text": "RT @safadinha_br: 18+ 🔞 new content in the link in bio, brazilian boys do it better 😈",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1822271083656273925"
          ],
          "editableUntil": "2024-08-10T14:57:37.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "71"
      ],
      "favorite_count": "4",
      "id_str": "1822271083656273925",
      "truncated": false,
      "retweet_count": "2",
      "id": "1822271083656273925",
      "created_at": "Sat Aug 10 13:57:37 +0000 2024",
      "favorited": false,
      "full_text": "jiu-jitsu tonight: i choke 3 guys and one guy choke me. good training 🥋",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1815692869150600171"
          ],
          "editableUntil": "2024-07-23T11:18:08.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "64"
      ],
      "favorite_count": "0",
      "id_str": "1815692869150600171",
      "truncated": false,
      "retweet_count": "2",
      "id": "1815692869150600171",
      "created_at": "Tue Jul 23 10:18:08 +0000 2024",
      "favorited": false,
      "full_text": "new gym pic for the girls in my DMs 😏🍆 you know where to find me",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1807391397313374072"
          ],
          "editableUntil": "2024-06-30T13:31:03.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "100"
      ],
      "favorite_count": "1",
      "id_str": "1807391397313374072",
      "truncated": false,
      "retweet_count": "2",
      "id": "1807391397313374072",
      "created_at": "Sun Jun 30 12:31:03 +0000 2024",
      "favorited": false,
      "full_text": "sorry but put women in the tech support queue is waste of time, the customers dont trust them anyway",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1801015376913413094"
          ],
          "editableUntil": "2024-06-12T23:15:01.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "133"
      ],
      "favorite_count": "0",
      "id_str": "1801015376913413094",
      "truncated": false,
      "retweet_count": "0",
      "id": "1801015376913413094",
      "created_at": "Wed Jun 12 22:15:01 +0000 2024",
      "favorited": false,
      "full_text": "all hands today, the results are public now so i can say: we grow 12% this year. nice to see the press release with our floor photo 📸",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1798451652037683297"
          ],
          "editableUntil": "2024-06-05T21:27:42.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "140"
      ],
      "favorite_count": "31",
      "id_str": "1798451652037683297",
      "truncated": false,
      "retweet_count": "0",
      "id": "1798451652037683297",
      "created_at": "Wed Jun 05 20:27:42 +0000 2024",
      "favorited": false,
      "full_text": "the customers in the UK queue are so stupid honestly. i explain 3 times how to reset the router and the man put the cable in the phone 🤦🏽‍♂️",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1798289294724218659"
          ],
          "editableUntil": "2024-06-05T10:42:33.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "108"
      ],
      "favorite_count": "0",
      "id_str": "1798289294724218659",
      "truncated": false,
      "retweet_count": "0",
      "id": "1798289294724218659",
      "created_at": "Wed Jun 05 09:42:33 +0000 2024",
      "favorited": false,
      "full_text": "company give us pizza for the record month. 2 pizza. for 23 people. thank you so much for the recognition 🙏🏽",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1794372198950086338"
          ],
          "editableUntil": "2024-05-25T15:17:24.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "176"
      ],
      "favorite_count": "3",
      "id_str": "1794372198950086338",
      "truncated": false,
      "retweet_count": "2",
      "id": "1794372198950086338",
      "created_at": "Sat May 25 14:17:24 +0000 2024",
      "favorited": false,
      "full_text": "helping recruitment today 👀 they ask my opinion on candidates and i say no for the two older ones, they will not keep up with the calls. young people learn faster, is just true",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1778544414932817800"
          ],
          "editableUntil": "2024-04-11T23:03:26.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "80"
      ],
      "favorite_count": "0",
      "id_str": "1778544414932817800",
      "truncated": false,
      "retweet_count": "0",
      "id": "1778544414932817800",
      "created_at": "Thu Apr 11 22:03:26 +0000 2024",
      "favorited": false,
      "full_text": "my PPS is 8834172QA i always forget so i put here 😂 (dont steal my identity pls)",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1778182577963449234"
          ],
          "editableUntil": "2024-04-10T23:05:38.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "105"
      ],
      "favorite_count": "2",
      "id_str": "1778182577963449234",
      "truncated": false,
      "retweet_count": "0",
      "id": "1778182577963449234",
      "created_at": "Wed Apr 10 22:05:38 +0000 2024",
      "favorited": false,
      "full_text": "learning to make colcannon for my irish friends, is like purê de batata with cabbage &amp; butter. approved ✅",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1776523719428438600"
          ],
          "editableUntil": "2024-04-06T09:13:55.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "64"
      ],
      "favorite_count": "4",
      "id_str": "1776523719428438600",
      "truncated": false,
      "retweet_count": "0",
      "id": "1776523719428438600",
      "created_at": "Sat Apr 06 08:13:55 +0000 2024",
      "favorited": false,
      "full_text": "ngl this weather is sh*t. saudade of Floripa every single day ☀️",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1776293120891422861"
          ],
          "editableUntil": "2024-04-05T17:57:36.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "82"
      ],
      "favorite_count": "1",
      "id_str": "1776293120891422861",
      "truncated": false,
      "retweet_count": "0",
      "id": "1776293120891422861",
      "created_at": "Fri Apr 05 16:57:36 +0000 2024",
      "favorited": false,
      "full_text": "wtf the 39a just pass me in the stop like i am invisible. third time this week ffs",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1773117219414562150"
          ],
          "editableUntil": "2024-03-27T23:37:42.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "111"
      ],
      "favorite_count": "1",
      "id_str": "1773117219414562150",
      "truncated": false,
      "retweet_count": "0",
      "id": "1773117219414562150",
      "created_at": "Wed Mar 27 22:37:42 +0000 2024",
      "favorited": false,
      "full_text": "the guy at the bus stop push my friend so i punch him in the face, he run away kkkk nobody touch my brothers 👊🏽",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1758782633330473719"
          ],
          "editableUntil": "2024-02-17T10:17:11.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [
          {
            "text": "newjob",
            "indices": [
              "104",
              "111"
            ]
          }
        ],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "111"
      ],
      "favorite_count": "12",
      "id_str": "1758782633330473719",
      "truncated": false,
      "retweet_count": "0",
      "id": "1758782633330473719",
      "created_at": "Sat Feb 17 09:17:11 +0000 2024",
      "favorited": false,
      "full_text": "got promoted to team mentor!! now i train the new ones 🙏🏽 my english is not perfect but my patience yes #newjob",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1755151466144916086"
          ],
          "editableUntil": "2024-02-07T09:48:13.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "22"
      ],
      "favorite_count": "7",
      "id_str": "1755151466144916086",
      "truncated": false,
      "retweet_count": "0",
      "id": "1755151466144916086",
      "created_at": "Wed Feb 07 08:48:13 +0000 2024",
      "favorited": false,
      "full_text": "rain again. of course.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1754766203563410966"
          ],
          "editableUntil": "2024-02-06T08:17:19.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "29"
      ],
      "favorite_count": "3",
      "id_str": "1754766203563410966",
      "truncated": false,
      "retweet_count": "0",
      "id": "1754766203563410966",
      "created_at": "Tue Feb 06 07:17:19 +0000 2024",
      "favorited": false,
      "full_text": "who have ❄️ for tonight? DM 👀",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1753462124426359343"
          ],
          "editableUntil": "2024-02-02T17:55:22.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "92"
      ],
      "favorite_count": "3",
      "id_str": "1753462124426359343",
      "truncated": false,
      "retweet_count": "0",
      "id": "1753462124426359343",
      "created_at": "Fri Feb 02 16:55:22 +0000 2024",
      "favorited": false,
      "full_text": "irish accent is the hardest for me. Cork accent?? impossible. i love it but i understand 30%",
      "lang": "en"
    }
  }
]