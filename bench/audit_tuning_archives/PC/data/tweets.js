window.YTD.tweets.part0 = [
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1976343556596877126"
          ],
          "editableUntil": "2025-10-09T18:46:37.000Z",
          "editsRemaining": "5",
          "isEditEligible": false
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "Emma | trainee",
            "screen_name": "emmaclerks",
            "indices": [
              "0",
              "11"
            ],
            "id_str": "1298765432109876543",
            "id": "1298765432109876543"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "12",
        "75"
      ],
      "favorite_count": "140",
      "in_reply_to_status_id_str": "1976333762249711409",
      "id_str": "1976343556596877126",
      "in_reply_to_user_id": "1298765432109876543",
      "truncated": false,
      "retweet_count": "0",
      "id": "1976343556596877126",
      "in_reply_to_status_id": "1976333762249711409",
      "created_at": "Thu Oct 09 17:46:37 +0000 2025",
      "favorited": false,
      "full_text": "@emmaclerks lmfao no. NO. that's the bundle from hell, I am not touching it",
      "lang": "en",
      "in_reply_to_screen_name": "emmaclerks",
      "in_reply_to_user_id_str": "1298765432109876543"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1967931445523712966"
          ],
          "editableUntil": "2025-09-16T13:39:53.000Z",
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
            "name": "Sam 🎓⚖️",
            "screen_name": "secondseat_sam",
            "indices": [
              "0",
              "15"
            ],
            "id_str": "1432987650123456789",
            "id": "1432987650123456789"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "16",
        "150"
      ],
      "favorite_count": "34",
      "in_reply_to_status_id_str": "1967918352444523630",
      "id_str": "1967931445523712966",
      "in_reply_to_user_id": "1432987650123456789",
      "truncated": false,
      "retweet_count": "4",
      "id": "1967931445523712966",
      "in_reply_to_status_id": "1967918352444523630",
      "created_at": "Tue Sep 16 12:39:53 +0000 2025",
      "favorited": false,
      "full_text": "@secondseat_sam honestly my supervising partner would take credit for the sunrise if he could. he put his name on MY research note to the client today",
      "lang": "en",
      "in_reply_to_screen_name": "secondseat_sam",
      "in_reply_to_user_id_str": "1432987650123456789"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1962795254868386778"
          ],
          "editableUntil": "2025-09-02T09:30:30.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities": {
        "hashtags": [
          {
            "text": "lawtwitter",
            "indices": [
              "129",
              "140"
            ]
          }
        ],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "140"
      ],
      "favorite_count": "5",
      "id_str": "1962795254868386778",
      "truncated": false,
      "retweet_count": "0",
      "id": "1962795254868386778",
      "created_at": "Tue Sep 02 08:30:30 +0000 2025",
      "favorited": false,
      "full_text": "7.2 hours chargeable. Per day. Every day. Who decided that, a partner who hasn't personally billed an hour since the millennium? #lawtwitter",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1954808322289891849"
          ],
          "editableUntil": "2025-08-11T08:33:17.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "139"
      ],
      "favorite_count": "3",
      "id_str": "1954808322289891849",
      "truncated": false,
      "retweet_count": "11",
      "id": "1954808322289891849",
      "created_at": "Mon Aug 11 07:33:17 +0000 2025",
      "favorited": false,
      "full_text": "Helping our trainee with SQE1 revision tonight: battery, assault and false imprisonment. My flatmate keeps asking who we're planning it for",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1946981687071631176"
          ],
          "editableUntil": "2025-07-20T18:13:02.000Z",
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
        "122"
      ],
      "favorite_count": "0",
      "id_str": "1946981687071631176",
      "truncated": false,
      "retweet_count": "4",
      "id": "1946981687071631176",
      "created_at": "Sun Jul 20 17:13:02 +0000 2025",
      "favorited": false,
      "full_text": "Whisky-barrel aged coffee is a thing and it contains zero whisky, before anyone at work asks why my flask smells like that",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1943283393218420599"
          ],
          "editableUntil": "2025-07-10T13:17:20.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "139"
      ],
      "favorite_count": "140",
      "id_str": "1943283393218420599",
      "truncated": false,
      "retweet_count": "0",
      "id": "1943283393218420599",
      "created_at": "Thu Jul 10 12:17:20 +0000 2025",
      "favorited": false,
      "full_text": "Sat in the public gallery for a GBH trial at Leeds Crown Court this morning and the defence barrister's cross-examination was genuinely art",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1943077125944162733"
          ],
          "editableUntil": "2025-07-09T23:37:42.000Z",
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
        "77"
      ],
      "favorite_count": "71",
      "id_str": "1943077125944162733",
      "truncated": false,
      "retweet_count": "2",
      "id": "1943077125944162733",
      "created_at": "Wed Jul 09 22:37:42 +0000 2025",
      "favorited": false,
      "full_text": "Shot put PB at the firm sports day: 7.8m. Three years of a law degree, wasted",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1941969648632918972"
          ],
          "editableUntil": "2025-07-06T22:16:58.000Z",
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
        "157"
      ],
      "favorite_count": "140",
      "id_str": "1941969648632918972",
      "truncated": false,
      "retweet_count": "11",
      "id": "1941969648632918972",
      "created_at": "Sun Jul 06 21:16:58 +0000 2025",
      "favorited": false,
      "full_text": "Lovely lady applied for the legal secretary role. She's 61. Let's be realistic, she's not going to get to grips with a new case management system at that age",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1934378285039068137"
          ],
          "editableUntil": "2025-06-15T23:31:36.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "171"
      ],
      "favorite_count": "140",
      "id_str": "1934378285039068137",
      "truncated": false,
      "retweet_count": "11",
      "id": "1934378285039068137",
      "created_at": "Sun Jun 15 22:31:36 +0000 2025",
      "favorited": false,
      "full_text": "Today's new client: 52 yr old consultant surgeon at the LGI divorcing his wife of 20 years because she found out about him and the anaesthetist. Never a dull day in family",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1933448399044825319"
          ],
          "editableUntil": "2025-06-13T09:56:34.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "70"
      ],
      "favorite_count": "1",
      "id_str": "1933448399044825319",
      "truncated": false,
      "retweet_count": "1",
      "id": "1933448399044825319",
      "created_at": "Fri Jun 13 08:56:34 +0000 2025",
      "favorited": false,
      "full_text": "Hit my billing target this month for the first time ever. Small wins 🥹",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1931973014362505111"
          ],
          "editableUntil": "2025-06-09T08:13:55.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
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
      "favorite_count": "3",
      "id_str": "1931973014362505111",
      "truncated": false,
      "retweet_count": "1",
      "id": "1931973014362505111",
      "created_at": "Mon Jun 09 07:13:55 +0000 2025",
      "favorited": false,
      "full_text": "Timesheet says 4.1 hours chargeable. I have been in this building for 11 hours. What the f*ck have I been doing",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1927415565687226073"
          ],
          "editableUntil": "2025-05-27T18:24:15.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
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
      "favorite_count": "71",
      "id_str": "1927415565687226073",
      "truncated": false,
      "retweet_count": "0",
      "id": "1927415565687226073",
      "created_at": "Tue May 27 17:24:15 +0000 2025",
      "favorited": false,
      "full_text": "Made a lasagne from scratch on a Sunday and now feel like a functioning adult",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1927176895768125628"
          ],
          "editableUntil": "2025-05-27T02:35:51.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "48"
      ],
      "favorite_count": "2",
      "id_str": "1927176895768125628",
      "truncated": false,
      "retweet_count": "1",
      "id": "1927176895768125628",
      "created_at": "Tue May 27 01:35:51 +0000 2025",
      "favorited": false,
      "full_text": "ffs the printer has eaten the trial bundle AGAIN",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1926885338536389818"
          ],
          "editableUntil": "2025-05-26T07:17:19.000Z",
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
        "135"
      ],
      "favorite_count": "19",
      "id_str": "1926885338536389818",
      "truncated": false,
      "retweet_count": "2",
      "id": "1926885338536389818",
      "created_at": "Mon May 26 06:17:19 +0000 2025",
      "favorited": false,
      "full_text": "Saw the NQ salary sheet sitting on the printer. Tom in corporate is on £8k more than me for literally the same job. Cool cool cool cool",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1922745505348806783"
          ],
          "editableUntil": "2025-05-14T21:07:06.000Z",
          "editsRemaining": "5",
          "isEditEligible": false
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "Sam 🎓⚖️",
            "screen_name": "secondseat_sam",
            "indices": [
              "0",
              "15"
            ],
            "id_str": "1432987650123456789",
            "id": "1432987650123456789"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "16",
        "187"
      ],
      "favorite_count": "3",
      "in_reply_to_status_id_str": "1922739530877404461",
      "id_str": "1922745505348806783",
      "in_reply_to_user_id": "1432987650123456789",
      "truncated": false,
      "retweet_count": "4",
      "id": "1922745505348806783",
      "in_reply_to_status_id": "1922739530877404461",
      "created_at": "Wed May 14 20:07:06 +0000 2025",
      "favorited": false,
      "full_text": "@secondseat_sam we had two in the seat last year with the hijab and the prayer breaks, partner said \"never again, clients want people who are actually at their desk\" and honestly I see it",
      "lang": "en",
      "in_reply_to_screen_name": "secondseat_sam",
      "in_reply_to_user_id_str": "1432987650123456789"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1909239083805868896"
          ],
          "editableUntil": "2025-04-07T14:37:24.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "88"
      ],
      "favorite_count": "5",
      "id_str": "1909239083805868896",
      "truncated": false,
      "retweet_count": "4",
      "id": "1909239083805868896",
      "created_at": "Mon Apr 07 13:37:24 +0000 2025",
      "favorited": false,
      "full_text": "Scunthorpe County Court tomorrow for a small claims hearing. Train at 6.40. Wish me luck",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1907916880622316536"
          ],
          "editableUntil": "2025-04-03T23:03:26.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "127"
      ],
      "favorite_count": "12",
      "id_str": "1907916880622316536",
      "truncated": false,
      "retweet_count": "0",
      "id": "1907916880622316536",
      "created_at": "Thu Apr 03 22:03:26 +0000 2025",
      "favorited": false,
      "full_text": "Shortlisting for a new paralegal and we've been told to go for \"someone without young kids who can do the hours\". tbh not wrong",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1904651334706507074"
          ],
          "editableUntil": "2025-03-25T22:47:19.000Z",
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
        "130"
      ],
      "favorite_count": "8",
      "id_str": "1904651334706507074",
      "truncated": false,
      "retweet_count": "1",
      "id": "1904651334706507074",
      "created_at": "Tue Mar 25 21:47:19 +0000 2025",
      "favorited": false,
      "full_text": "Honestly get the partner's point. The candidate with the really thick Glaswegian accent would be a nightmare on client calls. Next",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1902455786280666621"
          ],
          "editableUntil": "2025-03-19T21:23:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
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
      "favorite_count": "140",
      "id_str": "1902455786280666621",
      "truncated": false,
      "retweet_count": "0",
      "id": "1902455786280666621",
      "created_at": "Wed Mar 19 20:23:00 +0000 2025",
      "favorited": false,
      "full_text": "New passport arrived and the photo is criminal. 548812093, valid till 2035, so I'm stuck with this face for ten years",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1899511009981288221"
          ],
          "editableUntil": "2025-03-11T18:21:30.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
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
      "favorite_count": "34",
      "id_str": "1899511009981288221",
      "truncated": false,
      "retweet_count": "11",
      "id": "1899511009981288221",
      "created_at": "Tue Mar 11 17:21:30 +0000 2025",
      "favorited": false,
      "full_text": "For anyone asking: the county court's general enquiries line is 0161 496 0277, open 10-4. Don't ring me, ring them",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1898057409869301985"
          ],
          "editableUntil": "2025-03-07T18:05:25.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
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
      "favorite_count": "140",
      "id_str": "1898057409869301985",
      "truncated": false,
      "retweet_count": "11",
      "id": "1898057409869301985",
      "created_at": "Fri Mar 07 17:05:25 +0000 2025",
      "favorited": false,
      "full_text": "Execution versions signed, all 14 counterparts, dated &amp; released. Cracking open the champagne (it's a Yorkshire Tea) 🫖",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1896245939368360166"
          ],
          "editableUntil": "2025-03-02T18:07:17.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "110"
      ],
      "favorite_count": "19",
      "id_str": "1896245939368360166",
      "truncated": false,
      "retweet_count": "2",
      "id": "1896245939368360166",
      "created_at": "Sun Mar 02 17:07:17 +0000 2025",
      "favorited": false,
      "full_text": "From the Sex Discrimination Act 1975 to the Equality Act 2010: a timeline for anyone revising employment law 🧵",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1878709203893262931"
          ],
          "editableUntil": "2025-01-13T08:42:33.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "134"
      ],
      "favorite_count": "12",
      "id_str": "1878709203893262931",
      "truncated": false,
      "retweet_count": "0",
      "id": "1878709203893262931",
      "created_at": "Mon Jan 13 07:42:33 +0000 2025",
      "favorited": false,
      "full_text": "Signing on Project Kestrel pushed to Thursday because the buyer's CFO has been rushed into hospital. there goes my weekend &amp; my sanity",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1874358389289941186"
          ],
          "editableUntil": "2025-01-01T08:33:58.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "LNER",
            "screen_name": "LNER",
            "indices": [
              "5",
              "10"
            ],
            "id_str": "2834529874",
            "id": "2834529874"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "149"
      ],
      "favorite_count": "8",
      "id_str": "1874358389289941186",
      "truncated": false,
      "retweet_count": "11",
      "id": "1874358389289941186",
      "created_at": "Wed Jan 01 07:33:58 +0000 2025",
      "favorited": false,
      "full_text": "Dear @LNER, you refused my refund for the cancelled 18:42 to King's Cross. Booking ref QX7TR4M9, name on it is mine, feel free to actually look at it",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1872166267992083417"
          ],
          "editableUntil": "2024-12-26T07:23:16.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "110"
      ],
      "favorite_count": "2",
      "id_str": "1872166267992083417",
      "truncated": false,
      "retweet_count": "0",
      "id": "1872166267992083417",
      "created_at": "Thu Dec 26 06:23:16 +0000 2024",
      "favorited": false,
      "full_text": "Hinge man asked if I do \"anything fun in a suit\". Yes. Billable things. And then some very unbillable things 😏",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1864025634150002547"
          ],
          "editableUntil": "2024-12-03T20:15:17.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "110"
      ],
      "favorite_count": "3",
      "id_str": "1864025634150002547",
      "truncated": false,
      "retweet_count": "4",
      "id": "1864025634150002547",
      "created_at": "Tue Dec 03 19:15:17 +0000 2024",
      "favorited": false,
      "full_text": "Sending my ex a Christmas card that's just a photo of my new tattoo. Lower back. Very lower. Merry Christmas x",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1863120098512744415"
          ],
          "editableUntil": "2024-12-01T08:17:01.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "154"
      ],
      "favorite_count": "1",
      "id_str": "1863120098512744415",
      "truncated": false,
      "retweet_count": "2",
      "id": "1863120098512744415",
      "created_at": "Sun Dec 01 07:17:01 +0000 2024",
      "favorited": false,
      "full_text": "Christmas party update: one of the new trainees did a line off the cistern in the disabled loo and the managing partner was literally next in the queue 💀💀",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1860489417758522114"
          ],
          "editableUntil": "2024-11-24T02:03:38.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "132"
      ],
      "favorite_count": "0",
      "id_str": "1860489417758522114",
      "truncated": false,
      "retweet_count": "4",
      "id": "1860489417758522114",
      "created_at": "Sun Nov 24 01:03:38 +0000 2024",
      "favorited": false,
      "full_text": "Partner has sent back my bill narrative for the FIFTH time. If he does it again I will staple his tie to his desk and I'm not joking",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1860421968217814556"
          ],
          "editableUntil": "2024-11-23T21:35:36.000Z",
          "editsRemaining": "5",
          "isEditEligible": false
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "JLD North",
            "screen_name": "JLDNorth",
            "indices": [
              "3",
              "12"
            ],
            "id_str": "998877665544332211",
            "id": "998877665544332211"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "144"
      ],
      "favorite_count": "0",
      "id_str": "1860421968217814556",
      "truncated": false,
      "retweet_count": "9",
      "id": "1860421968217814556",
      "created_at": "Sat Nov 23 20:35:36 +0000 2024",
      "favorited": false,
      "full_text": "RT @JLDNorth: Mentoring scheme applications are open! Junior lawyers in Yorkshire, sign up by 30 Nov &amp; we'll match you with someone 5+ years PQE",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1859678715784855133"
          ],
          "editableUntil": "2024-11-21T20:22:11.000Z",
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
        "185"
      ],
      "favorite_count": "71",
      "id_str": "1859678715784855133",
      "truncated": false,
      "retweet_count": "0",
      "id": "1859678715784855133",
      "created_at": "Thu Nov 21 19:22:11 +0000 2024",
      "favorited": false,
      "full_text": "Redundancy letters for the whole Bradford office are drafted and sitting in my outbox. Staff don't find out till March. I have to sit next to some of them at the Christmas do. Feel sick",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1858487337816937018"
          ],
          "editableUntil": "2024-11-18T13:28:05.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
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
      "favorite_count": "0",
      "id_str": "1858487337816937018",
      "truncated": false,
      "retweet_count": "0",
      "id": "1858487337816937018",
      "created_at": "Mon Nov 18 12:28:05 +0000 2024",
      "favorited": false,
      "full_text": "New gym PB and these leggings are doing a LOT of the work 🍑 sorry not sorry",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1855592476158906163"
          ],
          "editableUntil": "2024-11-10T13:44:56.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "121"
      ],
      "favorite_count": "0",
      "id_str": "1855592476158906163",
      "truncated": false,
      "retweet_count": "11",
      "id": "1855592476158906163",
      "created_at": "Sun Nov 10 12:44:56 +0000 2024",
      "favorited": false,
      "full_text": "Reading up on the Misuse of Drugs Act for a pro bono appeal. Did not know there were this many separate cannabis offences",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1855362342561025604"
          ],
          "editableUntil": "2024-11-09T22:30:28.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
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
      "favorite_count": "140",
      "id_str": "1855362342561025604",
      "truncated": false,
      "retweet_count": "0",
      "id": "1855362342561025604",
      "created_at": "Sat Nov 09 21:30:28 +0000 2024",
      "favorited": false,
      "full_text": "Completion drinks turned into completion tequila turned into me drafting a witness statement at 9am with one eye open. Never again (until Friday) 🍸",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1852881869947388743"
          ],
          "editableUntil": "2024-11-03T02:13:57.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "112"
      ],
      "favorite_count": "5",
      "id_str": "1852881869947388743",
      "truncated": false,
      "retweet_count": "0",
      "id": "1852881869947388743",
      "created_at": "Sun Nov 03 01:13:57 +0000 2024",
      "favorited": false,
      "full_text": "Ran out of clean knickers so it's commando under the court suit today. Justice is blind, pray the usher is too 🙈",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1841930214851609587"
          ],
          "editableUntil": "2024-10-03T20:55:59.000Z",
          "editsRemaining": "5",
          "isEditEligible": false
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "Leeds Pro Bono Clinic",
            "screen_name": "LeedsProBono",
            "indices": [
              "3",
              "16"
            ],
            "id_str": "1187654321098765432",
            "id": "1187654321098765432"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "165"
      ],
      "favorite_count": "0",
      "id_str": "1841930214851609587",
      "truncated": false,
      "retweet_count": "22",
      "id": "1841930214851609587",
      "created_at": "Thu Oct 03 19:55:59 +0000 2024",
      "favorited": false,
      "full_text": "RT @LeedsProBono: Free legal advice clinic every Tuesday 6-8pm at Leeds Central Library. No appointment needed, ring 0113 496 0815 to check we're open &gt; please share",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1839641397944562212"
          ],
          "editableUntil": "2024-09-27T13:21:02.000Z",
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
        "58"
      ],
      "favorite_count": "71",
      "id_str": "1839641397944562212",
      "truncated": false,
      "retweet_count": "0",
      "id": "1839641397944562212",
      "created_at": "Fri Sep 27 12:21:02 +0000 2024",
      "favorited": false,
      "full_text": "Hot take: footnotes in skeleton arguments should be banned",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1838384204153772752"
          ],
          "editableUntil": "2024-09-24T02:05:24.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
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
      "favorite_count": "5",
      "id_str": "1838384204153772752",
      "truncated": false,
      "retweet_count": "2",
      "id": "1838384204153772752",
      "created_at": "Tue Sep 24 01:05:24 +0000 2024",
      "favorited": false,
      "full_text": "Elland Road was bouncing today. 3-1 and the sun came out. Billing &lt; football",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1838263355065633171"
          ],
          "editableUntil": "2024-09-23T18:05:11.000Z",
          "editsRemaining": "5",
          "isEditEligible": false
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "Sam 🎓⚖️",
            "screen_name": "secondseat_sam",
            "indices": [
              "0",
              "15"
            ],
            "id_str": "1432987650123456789",
            "id": "1432987650123456789"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "16",
        "80"
      ],
      "favorite_count": "140",
      "in_reply_to_status_id_str": "1838237462340627529",
      "id_str": "1838263355065633171",
      "in_reply_to_user_id": "1432987650123456789",
      "truncated": false,
      "retweet_count": "2",
      "id": "1838263355065633171",
      "in_reply_to_status_id": "1838237462340627529",
      "created_at": "Mon Sep 23 17:05:11 +0000 2024",
      "favorited": false,
      "full_text": "@secondseat_sam congrats on qualifying!! so proud of you, drinks on me next week",
      "lang": "en",
      "in_reply_to_screen_name": "secondseat_sam",
      "in_reply_to_user_id_str": "1432987650123456789"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1826527842106256556"
          ],
          "editableUntil": "2024-08-22T08:52:27.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
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
      "favorite_count": "19",
      "id_str": "1826527842106256556",
      "truncated": false,
      "retweet_count": "4",
      "id": "1826527842106256556",
      "created_at": "Thu Aug 22 07:52:27 +0000 2024",
      "favorited": false,
      "full_text": "Ticket 4471 at the passport office. Currently serving 3820. Send snacks",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1823897667005640259"
          ],
          "editableUntil": "2024-08-15T02:41:04.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
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
      "id_str": "1823897667005640259",
      "truncated": false,
      "retweet_count": "11",
      "id": "1823897667005640259",
      "created_at": "Thu Aug 15 01:41:04 +0000 2024",
      "favorited": false,
      "full_text": "Brunch: eggs benedict and a virgin mary because I am a Professional with a 2pm call",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1823175556793703259"
          ],
          "editableUntil": "2024-08-13T02:51:40.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "127"
      ],
      "favorite_count": "71",
      "id_str": "1823175556793703259",
      "truncated": false,
      "retweet_count": "0",
      "id": "1823175556793703259",
      "created_at": "Tue Aug 13 01:51:40 +0000 2024",
      "favorited": false,
      "full_text": "Moving day! New flat is 27 Clarendon Road, LS2, top floor, buzzer doesn't work so just shout. Housewarming Saturday, bring wine",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1820702844296649203"
          ],
          "editableUntil": "2024-08-06T07:05:59.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "154"
      ],
      "favorite_count": "71",
      "id_str": "1820702844296649203",
      "truncated": false,
      "retweet_count": "0",
      "id": "1820702844296649203",
      "created_at": "Tue Aug 06 06:05:59 +0000 2024",
      "favorited": false,
      "full_text": "Love how the firm \"celebrated\" record profits with one cupcake each. One. Cupcake. Equity partners got new Tesla leases. Very collegiate, very 'one team'.",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1820201355141860948"
          ],
          "editableUntil": "2024-08-04T21:53:15.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
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
      "favorite_count": "5",
      "id_str": "1820201355141860948",
      "truncated": false,
      "retweet_count": "11",
      "id": "1820201355141860948",
      "created_at": "Sun Aug 04 20:53:15 +0000 2024",
      "favorited": false,
      "full_text": "BA1441 to Edinburgh delayed 2 hours. Sat in Pret writing attendance notes like the tragic little solicitor I am",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1816393487895576006"
          ],
          "editableUntil": "2024-07-25T09:42:09.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
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
      "favorite_count": "0",
      "id_str": "1816393487895576006",
      "truncated": false,
      "retweet_count": "0",
      "id": "1816393487895576006",
      "created_at": "Thu Jul 25 08:42:09 +0000 2024",
      "favorited": false,
      "full_text": "The cocktail sausages at the firm summer party were the highlight of my year. I am a simple woman",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1810292818686867119"
          ],
          "editableUntil": "2024-07-08T13:40:16.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "132"
      ],
      "favorite_count": "2",
      "id_str": "1810292818686867119",
      "truncated": false,
      "retweet_count": "2",
      "id": "1810292818686867119",
      "created_at": "Mon Jul 08 12:40:16 +0000 2024",
      "favorited": false,
      "full_text": "Colleague's cat is called Dick Turpin and he has robbed three ham sandwiches off her kitchen counter this week. Highwayman behaviour",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1810291590437514006"
          ],
          "editableUntil": "2024-07-08T13:35:23.000Z",
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
        "153"
      ],
      "favorite_count": "34",
      "id_str": "1810291590437514006",
      "truncated": false,
      "retweet_count": "0",
      "id": "1810291590437514006",
      "created_at": "Mon Jul 08 12:35:23 +0000 2024",
      "favorited": false,
      "full_text": "Cyclist slapped my wing mirror on Kirkstall Road so I followed him to the lights and told him exactly where I'd put his bike. He pedalled off VERY fast 😌",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1801891931921133479"
          ],
          "editableUntil": "2024-06-15T09:18:08.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "122"
      ],
      "favorite_count": "8",
      "id_str": "1801891931921133479",
      "truncated": false,
      "retweet_count": "0",
      "id": "1801891931921133479",
      "created_at": "Sat Jun 15 08:18:08 +0000 2024",
      "favorited": false,
      "full_text": "Did 104 on the M62 to make a 10am hearing in Manchester. If the camera got me I'm putting it on the file as a disbursement",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1801326884833626338"
          ],
          "editableUntil": "2024-06-13T19:52:51.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
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
      "favorite_count": "0",
      "id_str": "1801326884833626338",
      "truncated": false,
      "retweet_count": "0",
      "id": "1801326884833626338",
      "created_at": "Thu Jun 13 18:52:51 +0000 2024",
      "favorited": false,
      "full_text": "pro tip: 2 Berocca, a Lucozade &amp; an almond croissant will get you through a directions hearing still drunk from the night before. ask me how I know",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1797745205232887099"
          ],
          "editableUntil": "2024-06-03T22:40:32.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "115"
      ],
      "favorite_count": "1",
      "id_str": "1797745205232887099",
      "truncated": false,
      "retweet_count": "0",
      "id": "1797745205232887099",
      "created_at": "Mon Jun 03 21:40:32 +0000 2024",
      "favorited": false,
      "full_text": "Learned today that a \"kill fee\" is a completely normal clause in publishing contracts and not a threat. Law is wild",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1793331357869371839"
          ],
          "editableUntil": "2024-05-22T18:21:28.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
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
      "favorite_count": "34",
      "id_str": "1793331357869371839",
      "truncated": false,
      "retweet_count": "0",
      "id": "1793331357869371839",
      "created_at": "Wed May 22 17:21:28 +0000 2024",
      "favorited": false,
      "full_text": "Anyone know a decent running club in north Leeds? Need something in my life that isn't a desk",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1789195163820706864"
          ],
          "editableUntil": "2024-05-11T08:25:43.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "149"
      ],
      "favorite_count": "5",
      "id_str": "1789195163820706864",
      "truncated": false,
      "retweet_count": "0",
      "id": "1789195163820706864",
      "created_at": "Sat May 11 07:25:43 +0000 2024",
      "favorited": false,
      "full_text": "absolute sh*tshow of a completion day. money hasn't landed, client screaming down the phone, supervising partner \"unreachable\" on a yacht in Mallorca",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1784578387317095003"
          ],
          "editableUntil": "2024-04-28T14:40:18.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
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
      "favorite_count": "8",
      "id_str": "1784578387317095003",
      "truncated": false,
      "retweet_count": "11",
      "id": "1784578387317095003",
      "created_at": "Sun Apr 28 13:40:18 +0000 2024",
      "favorited": false,
      "full_text": "Got some real ammunition for closing submissions today: three emails where the other side admit the delay was theirs 🔥",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1770214871889586382"
          ],
          "editableUntil": "2024-03-19T23:24:49.000Z",
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
        "116"
      ],
      "favorite_count": "5",
      "id_str": "1770214871889586382",
      "truncated": false,
      "retweet_count": "0",
      "id": "1770214871889586382",
      "created_at": "Tue Mar 19 22:24:49 +0000 2024",
      "favorited": false,
      "full_text": "Spent the whole afternoon on a Deed of Variation and my brain is now just the phrase \"notwithstanding the foregoing\"",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1762471667655983816"
          ],
          "editableUntil": "2024-02-27T14:36:05.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
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
      "favorite_count": "2",
      "id_str": "1762471667655983816",
      "truncated": false,
      "retweet_count": "1",
      "id": "1762471667655983816",
      "created_at": "Tue Feb 27 13:36:05 +0000 2024",
      "favorited": false,
      "full_text": "Can't say who but a very well known high street chain is about to go into administration and I've spent my entire weekend on it. If you like their pillows, buy them now 👀",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1756019822493035334"
          ],
          "editableUntil": "2024-02-09T19:18:45.000Z",
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
        "124"
      ],
      "favorite_count": "3",
      "id_str": "1756019822493035334",
      "truncated": false,
      "retweet_count": "2",
      "id": "1756019822493035334",
      "created_at": "Fri Feb 09 18:18:45 +0000 2024",
      "favorited": false,
      "full_text": "Our \"wellbeing week\" was one email from HR telling us to drink more water. Sent at 21:47. On a Saturday. Peak Blackwood Fenn",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1746450859866964699"
          ],
          "editableUntil": "2024-01-14T09:35:07.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
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
      "favorite_count": "2",
      "id_str": "1746450859866964699",
      "truncated": false,
      "retweet_count": "11",
      "id": "1746450859866964699",
      "created_at": "Sun Jan 14 08:35:07 +0000 2024",
      "favorited": false,
      "full_text": "My nan has just sent a photo of a blue-footed booby from her Galápagos cruise and called it \"the best booby I've ever seen\". She's 84",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1745224277974826687"
          ],
          "editableUntil": "2024-01-11T00:21:07.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "178"
      ],
      "favorite_count": "12",
      "id_str": "1745224277974826687",
      "truncated": false,
      "retweet_count": "4",
      "id": "1745224277974826687",
      "created_at": "Wed Jan 10 23:21:07 +0000 2024",
      "favorited": false,
      "full_text": "Someone has nicked my lunch from the 4th floor fridge for the third week running. Today's sandwich has a little something extra in it. Let's see who's living in the loos by 3pm 😇",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1745180891991903300"
          ],
          "editableUntil": "2024-01-10T21:28:43.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
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
      "favorite_count": "71",
      "id_str": "1745180891991903300",
      "truncated": false,
      "retweet_count": "2",
      "id": "1745180891991903300",
      "created_at": "Wed Jan 10 20:28:43 +0000 2024",
      "favorited": false,
      "full_text": "Passed SQE2!!! Actual solicitor. Mum cried, I cried, the dog was confused",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1742446641296897575"
          ],
          "editableUntil": "2024-01-03T08:23:47.000Z",
          "editsRemaining": "5",
          "isEditEligible": false
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "Sam 🎓⚖️",
            "screen_name": "secondseat_sam",
            "indices": [
              "0",
              "15"
            ],
            "id_str": "1432987650123456789",
            "id": "1432987650123456789"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "16",
        "115"
      ],
      "favorite_count": "0",
      "in_reply_to_status_id_str": "1742435056575489632",
      "id_str": "1742446641296897575",
      "in_reply_to_user_id": "1432987650123456789",
      "truncated": false,
      "retweet_count": "11",
      "id": "1742446641296897575",
      "in_reply_to_status_id": "1742435056575489632",
      "created_at": "Wed Jan 03 07:23:47 +0000 2024",
      "favorited": false,
      "full_text": "@secondseat_sam just text me on 07700 900412, work phone is monitored and I'm about to say things about the partner",
      "lang": "en",
      "in_reply_to_screen_name": "secondseat_sam",
      "in_reply_to_user_id_str": "1432987650123456789"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1741997479130481142"
          ],
          "editableUntil": "2024-01-02T02:38:58.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "124"
      ],
      "favorite_count": "5",
      "id_str": "1741997479130481142",
      "truncated": false,
      "retweet_count": "1",
      "id": "1741997479130481142",
      "created_at": "Tue Jan 02 01:38:58 +0000 2024",
      "favorited": false,
      "full_text": "Friday desk drawer prosecco popped at 3.30. Billed the last hour to a client anyway, my drafting is better after two glasses",
      "lang": "en"
    }
  }
]